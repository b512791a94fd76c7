// Sugar 1.x prototype extensions Postman scripts use: String#has, Array#each/any/none/all/first/last/compact/unique/sum/min/max/average.
console.log('asdasd'.has('as'), 'hello'.has('xyz'), 'a.b'.has('.'), 'abc'.has(/b/), 'abc'.has(/^c/));
const seen = []; [1, 2, 3].each((x, i) => seen.push(x * 10 + i)); console.log(seen.join());
const stop = []; [1, 2, 3, 4].each((x) => { stop.push(x); if (x === 2) return false; }); console.log(stop.join());
console.log(['a', 'b', 'c'].none('d'), ['a', 'b'].none('a'), [[1, 2], [2, 3]].any([2, 3]), [1, 2, 3].any((n) => n > 2), [1, 2].any(5), [].any(1));
console.log([2, 4].all((n) => n % 2 === 0), [2, 3].all((n) => n % 2 === 0), [].all((n) => false), ['x', 'x'].all('x'), [1, 2].none((n) => n > 5));
console.log([1, 2, 3].first(), [1, 2, 3].first(2).join(), [].first(), [1, 2, 3].last(), [1, 2, 3].last(2).join(), [].last());
console.log(JSON.stringify([1, null, 2, undefined, 0, '', false, NaN, 3].compact()), JSON.stringify([1, null, 0, ''].compact(true)));
console.log(JSON.stringify([1, 2, 2, '2', 3, 1].unique()), JSON.stringify([{ a: 1 }, { a: 1 }, { a: 2 }].unique()), JSON.stringify([{ id: 1, n: 'a' }, { id: 1, n: 'b' }].unique('id')));
console.log([1, 2, 3, 4, 5].sum(), [].sum(), [{ v: 2 }, { v: 3 }].sum('v'), [1, 2, 3].sum((n) => n * 2), [1, 2, 3, 4, 5].average(), [].average(), [{ v: 2 }, { v: 4 }].average('v'));
console.log(JSON.stringify([3, 1, 2, 1].min()), JSON.stringify([3, 1, 2, 3].max()), JSON.stringify([{ a: 5 }, { a: 2 }].min('a')), JSON.stringify(['aa', 'b', 'ccc'].max((s) => s.length)), JSON.stringify([].min()));
console.log(JSON.stringify([1, 2, 3, 4].count((n) => n > 1)), [1, 2, 1].count(1), JSON.stringify([1, 2, 3, 4].exclude(2, 3)), JSON.stringify([1, [2, [3]]].flatten()));
console.log(JSON.stringify([1, 2, 3].include(2)), [1, 2, 3].isEmpty(), [].isEmpty(), [null].isEmpty());
const users = [{ name: 'a', age: 30 }, { name: 'b', age: 20 }];
console.log(JSON.stringify(users.findAll((u) => u.age > 25)), JSON.stringify(users.sortBy('age').map((u) => u.name)));
console.log(JSON.stringify([1, 2, 3].groupBy((n) => (n % 2 ? 'odd' : 'even'))), JSON.stringify([1, 2, 3, 4, 5].inGroupsOf(2)), JSON.stringify(['a', 'b'].add('c')), JSON.stringify([1, 2].clone()));
console.log(Object.keys([1]).join(), Object.getOwnPropertyNames(Array.prototype).includes('each'), Array.prototype.propertyIsEnumerable('each'));
for (const k in [1]) console.log('key', k);
console.log((56).isEven(), (7).isOdd(), (56).hex(), (255).hex(4), (56).ordinalize(), (11).ordinalize(), (102).ordinalize(), (23).ordinalize());
let calls = 0; const once = (function () { calls++; return calls; }).once(); once(); once(); console.log(calls, once());
console.log(Object.isString('x'), Object.isString(1), Object.isNumber(1), Object.isBoolean(false), Object.isFunction(() => 1), Object.isArray([]), Object.isDate(new Date()), Object.isRegExp(/x/), Object.isObject({}), Object.isObject([]));
const pairs = []; Object.each({ a: 1, b: 2 }, (k, v) => pairs.push(k + v)); console.log(pairs.join());
console.log('jumpy'.endsWith('py'), 'a'.repeat(3), [1, 2, 3].includes(2), [1, 2, 3].find((n) => n > 1));
// expect: true false true true false
// expect: 10,21,32
// expect: 1,2
// expect: true false true true false false
// expect: true false true true true
// expect: 1 1,2 undefined 3 2,3 undefined
// expect: [1,2,0,"",false,3] [1]
// expect: [1,2,"2",3] [{"a":1},{"a":2}] [{"id":1,"n":"a"}]
// expect: 15 0 5 12 3 0 3
// expect: 1 3 {"a":2} "ccc" undefined
// expect: 3 2 [1,4] [1,2,3]
// expect: [1,2,3,2] false true true
// expect: [{"name":"a","age":30}] ["b","a"]
// expect: {"odd":[1,3],"even":[2]} [[1,2],[3,4],[5,null]] ["a","b","c"] [1,2]
// expect: 0 true false
// expect: key 0
// expect: true true 38 00ff 56th 11th 102nd 23rd
// expect: 1 1
// expect: true false true true true true true true true false
// expect: a1,b2
// expect: true aaa true 2
