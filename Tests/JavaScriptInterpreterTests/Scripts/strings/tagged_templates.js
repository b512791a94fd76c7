// expect: a|b|c / 1,2 \n| / x
function tag(strings, ...values) { return strings.raw.join("|") + " / " + values.join(","); }
console.log(tag`a${1}b${2}c`, tag`\n${"x"}`);
