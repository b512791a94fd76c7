// expect: false | false | true | false | false | true | false | false | false | false | false | true | false | false
const left = [1];
const rights = ["", "0", "1", null, undefined, true, false, [], [0], {}, 0, 1, NaN, "abc"];
console.log(rights.map(r => { try { return String(left == r); } catch (e) { return e.name; } }).join(" | "));
