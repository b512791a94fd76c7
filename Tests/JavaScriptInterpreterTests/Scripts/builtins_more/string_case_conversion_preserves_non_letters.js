// expect: HELLO, WORLD! 123 ça va
console.log("Hello, World! 123".toUpperCase(), "ÇA VA".toLowerCase());
