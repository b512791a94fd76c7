// expect: null | null0 | null1 | 0 | NaN | 1 | 0 | null | null0 | null[object Object] | 0 | 1 | NaN | nullabc
const left = null;
const rights = ["", "0", "1", null, undefined, true, false, [], [0], {}, 0, 1, NaN, "abc"];
console.log(rights.map(r => { try { return String(left + r); } catch (e) { return e.name; } }).join(" | "));
