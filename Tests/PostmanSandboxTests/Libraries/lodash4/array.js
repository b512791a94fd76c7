const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// lodash 4 array functions, with empty, null and wrong-typed inputs.
p(L.chunk(['a', 'b', 'c', 'd'], 2), L.chunk(['a', 'b', 'c', 'd'], 3), L.chunk([1, 2]), L.chunk([1, 2], 0), L.chunk(null, 2), L.chunk('abc', 2));
p(L.compact([0, 1, false, 2, '', 3, null, NaN, undefined]), L.compact(null), L.concat([1], 2, [3], [[4]]), L.concat(1, 2), L.concat());
p(L.difference([2, 1], [2, 3]), L.difference([1, 2, 3, 4], [2], [4]), L.difference(null, [1]), L.difference([1, NaN], [NaN]), L.difference([1, 2], 1));
p(L.differenceBy([2.1, 1.2], [2.3, 3.4], Math.floor), L.differenceBy([{ x: 2 }, { x: 1 }], [{ x: 1 }], 'x'), L.differenceBy([1, 2], [2]));
p(L.drop([1, 2, 3]), L.drop([1, 2, 3], 2), L.drop([1, 2, 3], 5), L.drop([1, 2, 3], 0), L.drop([1, 2, 3], -1), L.dropRight([1, 2, 3]), L.dropRight([1, 2, 3], 2), L.dropRight([1, 2, 3], 5));
const users = [{ user: 'barney', active: false }, { user: 'fred', active: false }, { user: 'pebbles', active: true }];
p(L.dropWhile(users, function (o) { return !o.active; }), L.dropWhile(users, ['active', false]), L.dropRightWhile(users, 'active'), L.dropRightWhile(users, { user: 'pebbles', active: true }).length);
p(L.take([1, 2, 3]), L.take([1, 2, 3], 2), L.take([1, 2, 3], 5), L.take([1, 2, 3], 0), L.takeRight([1, 2, 3]), L.takeRight([1, 2, 3], 2), L.takeRight([1, 2, 3], 0));
p(L.takeWhile(users, ['active', false]), L.takeWhile(users, 'active'), L.takeRightWhile(users, { active: true }), L.takeWhile([1, 2, 3, 1], function (n) { return n < 3; }));
const arr = [1, 2, 3];
p(L.fill(arr, 'a'), arr, L.fill(Array(3), 2), L.fill([4, 6, 8, 10], '*', 1, 3), L.fill([1, 2, 3], 0, -2), L.fill(null, 1));
p(L.findIndex(users, function (o) { return o.user == 'barney'; }), L.findIndex(users, { user: 'fred', active: false }), L.findIndex(users, ['active', false]), L.findIndex(users, 'active'), L.findIndex([], Boolean), L.findIndex([1, 2, 3, 2], function (n) { return n == 2; }, 2), L.findIndex([1, 2], function () { return true; }, -1));
p(L.findLastIndex(users, function (o) { return o.user == 'pebbles'; }), L.findLastIndex(users, ['active', false]), L.findLastIndex(users, 'missing'), L.findLastIndex([1, 2, 1], function (n) { return n == 1; }, 1));
p(L.head([1, 2, 3]), L.head([]), L.first([4]), L.head(null), L.last([1, 2, 3]), L.last([]), L.last('abc'), L.nth(['a', 'b', 'c', 'd'], 1), L.nth(['a', 'b', 'c', 'd'], -2), L.nth([1], 5), L.nth([1, 2]));
p(L.initial([1, 2, 3]), L.initial([]), L.tail([1, 2, 3]), L.tail(null), L.flatten([1, [2, [3, [4]], 5]]), L.flattenDeep([1, [2, [3, [4]], 5]]), L.flattenDepth([1, [2, [3, [4]], 5]], 2), L.flatten(null));
p(L.fromPairs([['a', 1], ['b', 2]]), L.fromPairs([]), L.fromPairs(null), L.indexOf([1, 2, 1, 2], 2), L.indexOf([1, 2, 1, 2], 2, 2), L.indexOf([1, 2], 2, -1), L.indexOf([NaN], NaN), L.indexOf(null, 1), L.lastIndexOf([1, 2, 1, 2], 2), L.lastIndexOf([1, 2, 1, 2], 2, 2));
p(L.intersection([2, 1], [2, 3]), L.intersection([1, 2, 2, 3], [2, 3, 4], [3, 2]), L.intersection([1], null), L.intersectionBy([2.1, 1.2], [2.3, 3.4], Math.floor), L.intersectionBy([{ x: 1 }], [{ x: 2 }, { x: 1 }], 'x'));
p(L.join(['a', 'b', 'c'], '~'), L.join([1, 2]), L.join(null), L.join([null, undefined, 1], '-'));
const pulled = ['a', 'b', 'c', 'a', 'b', 'c'];
p(L.pull(pulled, 'a', 'c'), pulled, L.pullAll([1, 2, 3, 1], [1, 3]), L.pullAt(['a', 'b', 'c', 'd'], [1, 3]));
const evens = [1, 2, 3, 4];
p(L.remove(evens, function (n) { return n % 2 == 0; }), evens, L.remove(null), L.remove([{ a: 1 }, { a: 2 }], { a: 2 }));
const rev = [1, 2, 3];
p(L.reverse(rev), rev, L.slice([1, 2, 3, 4], 1, 3), L.slice([1, 2, 3], -2), L.slice(null), L.slice([1, 2, 3], 2, 1));
p(L.sortedIndex([30, 50], 40), L.sortedIndex([4, 5, 5, 5, 6], 5), L.sortedLastIndex([4, 5, 5, 5, 6], 5), L.sortedIndexBy([{ x: 4 }, { x: 5 }], { x: 4 }, 'x'), L.sortedIndex([], 1), L.sortedUniq([1, 1, 2]));
p(L.union([2], [1, 2]), L.union([2, 2], null, [3]), L.unionBy([2.1], [1.2, 2.3], Math.floor), L.unionBy([{ x: 1 }], [{ x: 2 }, { x: 1 }], 'x'));
p(L.uniq([2, 1, 2]), L.uniq([NaN, NaN, 0, -0, '0']), L.uniq(null), L.uniqBy([2.1, 1.2, 2.3], Math.floor), L.uniqBy([{ x: 1 }, { x: 2 }, { x: 1 }], 'x'), L.uniqWith([{ x: 1, y: 2 }, { x: 2, y: 1 }, { x: 1, y: 2 }], L.isEqual));
p(L.zip(['a', 'b'], [1, 2], [true, false]), L.zip(['a'], [1, 2]), L.unzip([['a', 1, true], ['b', 2, false]]), L.unzip(null), L.zipWith([1, 2], [10, 20], function (a, b) { return a + b; }), L.unzipWith([[1, 10], [2, 20]], L.add));
p(L.zipObject(['a', 'b'], [1, 2]), L.zipObject(['a', 'b']), L.zipObject(), L.zipObjectDeep(['a.b[0].c', 'a.b[1].d'], [1, 2]));
p(L.without([2, 1, 2, 3], 1, 2), L.without(null, 1), L.xor([2, 1], [2, 3]), L.xor([1, 1, 2], [2, 3], [3, 4]), L.xorBy([2.1, 1.2], [2.3, 3.4], Math.floor), L.xorBy([{ x: 1 }], [{ x: 2 }, { x: 1 }], 'x'));
// expect: [["a","b"],["c","d"]] [["a","b","c"],["d"]] [[1],[2]] [] [] [["a","b"],["c"]]
// expect: [1,2,3] [] [1,2,3,[4]] [1,2] []
// expect: [1] [1,3] [] [1] [1,2]
// expect: [1.2] [{"x":2}] [1]
// expect: [2,3] [3] [] [1,2,3] [1,2,3] [1,2] [1] []
// expect: [{"user":"pebbles","active":true}] [{"user":"pebbles","active":true}] [{"user":"barney","active":false},{"user":"fred","active":false}] 2
// expect: [1] [1,2] [1,2,3] [] [3] [2,3] []
// expect: [{"user":"barney","active":false},{"user":"fred","active":false}] [] [{"user":"pebbles","active":true}] [1,2]
// expect: ["a","a","a"] ["a","a","a"] [2,2,2] [4,"*","*",10] [1,0,0] []
// expect: 0 1 0 2 -1 3 1
// expect: 2 1 -1 0
// expect: 1 undefined 4 undefined 3 undefined "c" "b" "c" undefined 1
// expect: [1,2] [] [2,3] [] [1,2,[3,[4]],5] [1,2,3,4,5] [1,2,3,[4],5] []
// expect: {"a":1,"b":2} {} {} 1 3 1 0 -1 3 1
// expect: [2] [2,3] [] [2.1] [{"x":1}]
// expect: "a~b~c" "1,2" "" "--1"
// expect: ["b","b"] ["b","b"] [2] ["b","d"]
// expect: [2,4] [1,3] [] [{"a":2}]
// expect: [3,2,1] [3,2,1] [2,3] [2,3] [] []
// expect: 1 1 4 0 0 [1,2]
// expect: [2,1] [2,3] [2.1,1.2] [{"x":1},{"x":2}]
// expect: [2,1] [null,0,"0"] [] [2.1,1.2] [{"x":1},{"x":2}] [{"x":1,"y":2},{"x":2,"y":1}]
// expect: [["a",1,true],["b",2,false]] [["a",1],[null,2]] [["a","b"],[1,2],[true,false]] [] [11,22] [3,30]
// expect: {"a":1,"b":2} {} {} {"a":{"b":[{"c":1},{"d":2}]}}
// expect: [3] [] [1,3] [1,4] [1.2,3.4] [{"x":2}]
