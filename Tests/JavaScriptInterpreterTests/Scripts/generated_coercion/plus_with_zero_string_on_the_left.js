// expect: 0 | 00 | 01 | 0null | 0undefined | 0true | 0false | 0 | 00 | 0[object Object] | 00 | 01 | 0NaN | 0abc
const left = "0";
const rights = ["", "0", "1", null, undefined, true, false, [], [0], {}, 0, 1, NaN, "abc"];
console.log(rights.map(r => { try { return String(left + r); } catch (e) { return e.name; } }).join(" | "));
