// expect: 5 2 55357 56832 128512
console.log("héllo".length, "😀".length, "😀".charCodeAt(0), "😀".charCodeAt(1), "😀".codePointAt(0));
