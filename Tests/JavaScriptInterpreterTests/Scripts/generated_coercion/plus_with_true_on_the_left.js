// expect: true | true0 | true1 | 1 | NaN | 2 | 1 | true | true0 | true[object Object] | 1 | 2 | NaN | trueabc
const left = true;
const rights = ["", "0", "1", null, undefined, true, false, [], [0], {}, 0, 1, NaN, "abc"];
console.log(rights.map(r => { try { return String(left + r); } catch (e) { return e.name; } }).join(" | "));
