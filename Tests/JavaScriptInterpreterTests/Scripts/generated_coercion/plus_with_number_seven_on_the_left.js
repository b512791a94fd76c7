// expect: 7 | 70 | 71 | 7 | NaN | 8 | 7 | 7 | 70 | 7[object Object] | 7 | 8 | NaN | 7abc
const left = 7;
const rights = ["", "0", "1", null, undefined, true, false, [], [0], {}, 0, 1, NaN, "abc"];
console.log(rights.map(r => { try { return String(left + r); } catch (e) { return e.name; } }).join(" | "));
