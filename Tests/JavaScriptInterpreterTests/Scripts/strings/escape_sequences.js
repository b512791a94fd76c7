// expect: tab	here nl\n ABC quote's 1
console.log("tab\there", "nl\\n", "\x41\u0042\u{43}", 'quote\'s', "\0".length);
