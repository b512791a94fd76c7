// lodash 3 objects: pick and omit by key or predicate, assign with a customizer, pairs, paths and merge.
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
const object = { user: 'fred', age: 40, 'a.b': 1, nested: { x: 1 } };
p(_.pick(object, 'user'), _.pick(object, ['user', 'age']), _.pick(object, 'a.b'), _.pick(object, _.isString), _.pick(object, function (v, k) { return k === this.k; }, { k: 'age' }), _.pick(null, 'a'));
p(_.omit(object, 'age'), _.omit(object, ['user', 'age', 'nested']), _.omit(object, _.isNumber), _.omit(object, 'nested.x'));
p(_.assign({ a: 0 }, { a: 1 }, { b: 2 }), _.extend({ a: 1 }, { b: 2 }), _.assign({ a: 1, b: 2 }, { a: 3, b: 4 }, function (value, other) { return value === undefined ? other : value + other; }), _.defaults({ a: 1 }, { a: 2, b: 2 }));
function Foo() { this.a = 1; }
Foo.prototype.b = 2;
p(_.assign({}, new Foo()), _.keys(new Foo()), _.keysIn(new Foo()), _.pairs({ a: 1, b: 2 }), _.values(new Foo()), _.valuesIn(new Foo()));
p(_.get({ a: [{ b: 3 }] }, 'a[0].b'), _.get({ a: 1 }, 'b', 'def'), _.set({}, 'a[0].b', 1), _.has({ a: { b: 1 } }, 'a.b'), _.has({ a: 1 }, 'b'), _.result({ a: function () { return 5; } }, 'a'), _.result({}, 'x', 'd'));
p(_.merge({ a: [{ b: 2 }] }, { a: [{ c: 3 }] }), _.merge({ a: 1 }, { a: undefined }), _.merge({ a: { b: 1 } }, { a: { c: 2 } }), _.merge({ a: [1, 2] }, { a: [3] }));
p(_.mapValues({ a: 1, b: 2 }, function (n) { return n * this.k; }, { k: 3 }), _.mapValues({ a: { n: 1 } }, 'n'), _.mapKeys({ a: 1 }, function (v, k) { return k + v; }), _.invert({ a: 1, b: 2 }));
p(_.findKey({ a: { n: 1 }, b: { n: 2 } }, 'n', 2), _.findLastKey({ a: 1, b: 2 }, function (n) { return n < 3; }), _.functions({ a: _.noop, b: 1, c: _.noop }).length, _.methods({ f: _.noop }), _.transform([1, 2], function (r, n) { r.push(n * 2); }));
const order = [];
_.forIn(new Foo(), function (v, k) { order.push(k); });
_.forOwn(new Foo(), function (v, k) { order.push(k); });
p(order, _.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), _.isEqual([1, 2], [1, 2, 3]), _.isEqual('a', 'b', function (a, b) { return true; }));
const source = { a: [1, { b: 2 }], d: new Date(3) };
const shallow = _.clone(source), deep = _.clone(source, true), deeper = _.cloneDeep(source);
p(shallow.a === source.a, deep.a === source.a, deep.a[1] === source.a[1], deeper.d.getTime(), _.clone(1), _.cloneDeep({ a: 1 }, function (v) { if (typeof v === 'number') return v + 1; }));
// expect: {"user":"fred"} {"user":"fred","age":40} {"a.b":1} {"user":"fred"} {"age":40} {}
// expect: {"user":"fred","a.b":1,"nested":{"x":1}} {"a.b":1} {"user":"fred","nested":{"x":1}} {"user":"fred","age":40,"a.b":1,"nested":{"x":1}}
// expect: {"a":1,"b":2} {"a":1,"b":2} {"a":4,"b":6} {"a":1,"b":2}
// expect: {"a":1} ["a"] ["a","b"] [["a",1],["b",2]] [1] [1,2]
// expect: 3 "def" {"a":[{"b":1}]} true false 5 "d"
// expect: {"a":[{"b":2,"c":3}]} {"a":1} {"a":{"b":1,"c":2}} {"a":[3,2]}
// expect: {"a":3,"b":6} {"a":1} {"a1":1} {"1":"a","2":"b"}
// expect: "b" "b" 2 ["f"] [2,4]
// expect: ["a","b","a"] true false true
// expect: true false false 3 1 {"a":2}
