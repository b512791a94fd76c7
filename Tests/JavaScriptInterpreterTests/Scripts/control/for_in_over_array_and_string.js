// expect: [ '0', '1', '0', '1' ] string
const keys = []; for (const k in ["a", "b"]) keys.push(k); for (const k in "xy") keys.push(k); console.log(keys, typeof keys[0]);
