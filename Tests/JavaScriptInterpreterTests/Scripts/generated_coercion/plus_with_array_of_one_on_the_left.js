// expect: 1 | 10 | 11 | 1null | 1undefined | 1true | 1false | 1 | 10 | 1[object Object] | 10 | 11 | 1NaN | 1abc
const left = [1];
const rights = ["", "0", "1", null, undefined, true, false, [], [0], {}, 0, 1, NaN, "abc"];
console.log(rights.map(r => { try { return String(left + r); } catch (e) { return e.name; } }).join(" | "));
