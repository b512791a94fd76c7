// expect: abc | abc0 | abc1 | abcnull | abcundefined | abctrue | abcfalse | abc | abc0 | abc[object Object] | abc0 | abc1 | abcNaN | abcabc
const left = "abc";
const rights = ["", "0", "1", null, undefined, true, false, [], [0], {}, 0, 1, NaN, "abc"];
console.log(rights.map(r => { try { return String(left + r); } catch (e) { return e.name; } }).join(" | "));
