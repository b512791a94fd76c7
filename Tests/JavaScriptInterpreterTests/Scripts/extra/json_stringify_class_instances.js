// expect: {"a":1,"b":[{}]} [
// expect:  {
// expect:   "a": 1,
// expect:   "b": [
// expect:    {}
// expect:   ]
// expect:  }
// expect: ]
class P { constructor() { this.a = 1; this.b = [new Map()]; } } console.log(JSON.stringify(new P()), JSON.stringify([new P()], null, 1));
