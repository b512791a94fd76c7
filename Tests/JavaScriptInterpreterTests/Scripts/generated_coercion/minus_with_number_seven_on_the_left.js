// expect: 7 | 7 | 6 | 7 | NaN | 6 | 7 | 7 | 7 | NaN | 7 | 6 | NaN | NaN
const left = 7;
const rights = ["", "0", "1", null, undefined, true, false, [], [0], {}, 0, 1, NaN, "abc"];
console.log(rights.map(r => { try { return String(left - r); } catch (e) { return e.name; } }).join(" | "));
