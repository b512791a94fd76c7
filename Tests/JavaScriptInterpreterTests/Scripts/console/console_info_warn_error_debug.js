// expect: info
// expect: debug
console.info("info"); console.debug("debug");
