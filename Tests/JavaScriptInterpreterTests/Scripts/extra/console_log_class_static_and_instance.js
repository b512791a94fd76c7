// expect: { retries: 3 } Config { url: 'http://x' } [class Config] { defaults: { retries: 3 } }
class Config { static defaults = { retries: 3 }; constructor() { this.url = "http://x"; } } console.log(Config.defaults, new Config(), Config);
