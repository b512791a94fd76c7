// expect: 12345678901234567000 😀 1
console.log(JSON.parse("12345678901234567890"), JSON.parse('"\\ud83d\\ude00"'), JSON.parse('"\\ud800"').length);
