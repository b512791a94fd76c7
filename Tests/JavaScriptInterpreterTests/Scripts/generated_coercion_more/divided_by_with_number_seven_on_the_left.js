// expect: Infinity | Infinity | 7 | Infinity | NaN | 7 | Infinity | Infinity | Infinity | NaN | Infinity | 7 | NaN | NaN
const left = 7;
const rights = ["", "0", "1", null, undefined, true, false, [], [0], {}, 0, 1, NaN, "abc"];
console.log(rights.map(r => { try { return String(left / r); } catch (e) { return e.name; } }).join(" | "));
