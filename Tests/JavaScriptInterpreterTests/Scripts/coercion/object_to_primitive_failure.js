// expect error: TypeError: Cannot convert object to primitive value
const o = { valueOf() { return {}; }, toString() { return {}; } };
o + 1;
