// lodash 3 arrays: chunk, flatten(isDeep), uniq(isSorted, iteratee, thisArg), zipObject from pairs, rest and first.
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
p(_.chunk([1, 2, 3], 2), _.chunk([1, 2, 3], 0), _.chunk([1, 2, 3]), _.chunk([1, 2, 3], 1.5), _.chunk(null));
p(_.flatten([1, [2, [3, [4]]]]), _.flatten([1, [2, [3, [4]]]], true), _.flattenDeep([1, [2, [3]]]), _.flatten(null));
p(_.uniq([2, 1, 2]), _.uniq([1, 1, 2, 2, 1], true), _.uniq([1, 2.5, 1.5, 2], function (n) { return this.floor(n); }, Math), _.uniq([{ x: 1 }, { x: 2 }, { x: 1 }], 'x'), _.uniq([1, 1.5, 2], true, function (n) { return Math.floor(n); }), _.unique([3, 3]));
p(_.zipObject([['fred', 30], ['barney', 40]]), _.zipObject(['fred', 'barney'], [30, 40]), _.object(['a'], [1]), _.zip(['a', 'b'], [1, 2]), _.unzip([['a', 1], ['b', 2]]));
p(_.first([1, 2, 3]), _.first([]), _.head([4]), _.last([1, 2]), _.rest([1, 2, 3]), _.tail([1, 2, 3]), _.initial([1, 2, 3]));
p(_.take([1, 2, 3], 2), _.takeRight([1, 2, 3], 2), _.drop([1, 2, 3]), _.dropRight([1, 2, 3], 2), _.takeWhile([1, 2, 3], function (n) { return n < 2; }), _.dropWhile([{ a: 1 }, { a: 2 }], 'a', 1));
p(_.difference([1, 2, 3], [4, 2]), _.intersection([1, 2], [4, 2], [2, 1]), _.union([1, 2], [4, 2]), _.xor([1, 2], [4, 2]), _.without([1, 2, 1, 3], 1, 2), _.compact([0, 1, false, 2, '', 3]));
p(_.indexOf([1, 2, 1, 2], 2), _.indexOf([1, 2, 1, 2], 2, 2), _.lastIndexOf([1, 2, 1, 2], 2), _.findIndex([{ a: 1 }, { a: 2 }], 'a', 2), _.findLastIndex([1, 2, 3], function (n) { return n % 2 === 1; }), _.findIndex([1, 2], function (n) { return n === this.v; }, { v: 2 }));
p(_.sortedIndex([30, 50], 40), _.sortedIndex([{ x: 30 }, { x: 50 }], { x: 40 }, 'x'), _.sortedLastIndex([4, 4, 5], 4), _.fill([1, 2, 3], 'a'), _.slice([1, 2, 3], 1));
const array = [1, 2, 3, 1, 2, 3];
p(_.pull(array, 2, 3), array, _.remove([1, 2, 3, 4], function (n) { return n % 2 === 0; }), _.pullAt([5, 10, 15, 20], 1, 3));
// expect: [[1,2],[3]] [[1],[2],[3]] [[1],[2],[3]] [[1],[2],[3]] []
// expect: [1,2,[3,[4]]] [1,2,3,4] [1,2,3] []
// expect: [2,1] [1,2,1] [1,2.5] [{"x":1},{"x":2}] [1,2] [3]
// expect: {"fred":30,"barney":40} {"fred":30,"barney":40} {"a":1} [["a",1],["b",2]] [["a","b"],[1,2]]
// expect: 1 undefined 4 2 [2,3] [2,3] [1,2]
// expect: [1,2] [2,3] [2,3] [1] [1] [{"a":2}]
// expect: [1,3] [2] [1,2,4] [1,4] [3] [1,2,3]
// expect: 1 3 3 1 2 1
// expect: 1 1 2 ["a","a","a"] [2,3]
// expect: [1,1] [1,1] [2,4] [10,20]
