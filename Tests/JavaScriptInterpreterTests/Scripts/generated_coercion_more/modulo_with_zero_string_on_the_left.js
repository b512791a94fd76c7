// expect: NaN | NaN | 0 | NaN | NaN | 0 | NaN | NaN | NaN | NaN | NaN | 0 | NaN | NaN
const left = "0";
const rights = ["", "0", "1", null, undefined, true, false, [], [0], {}, 0, 1, NaN, "abc"];
console.log(rights.map(r => { try { return String(left % r); } catch (e) { return e.name; } }).join(" | "));
