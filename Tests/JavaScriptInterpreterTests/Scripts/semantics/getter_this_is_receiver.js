// expect: child
const base = { get who() { return this.name; } }; const child = Object.create(base); child.name = "child"; console.log(child.who);
