// expect: [object Object] | [object Object]0 | [object Object]1 | [object Object]null | [object Object]undefined | [object Object]true | [object Object]false | [object Object] | [object Object]0 | [object Object][object Object] | [object Object]0 | [object Object]1 | [object Object]NaN | [object Object]abc
const left = ({});
const rights = ["", "0", "1", null, undefined, true, false, [], [0], {}, 0, 1, NaN, "abc"];
console.log(rights.map(r => { try { return String(left + r); } catch (e) { return e.name; } }).join(" | "));
