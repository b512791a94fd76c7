// expect: 1 55296 "\ud800" "\udc00x" %C3%A9
const s = "\ud800"; console.log(s.length, s.charCodeAt(0), JSON.stringify(s), JSON.stringify("\udc00x"), encodeURIComponent("é"));
