// expect: [object Custom] [object Custom]
class Tagged { get [Symbol.toStringTag]() { return "Custom"; } } console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged()));
