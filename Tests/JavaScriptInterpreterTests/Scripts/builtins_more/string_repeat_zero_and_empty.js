// expect: ["","","---"]
console.log(JSON.stringify(["ab".repeat(0), "".repeat(5), "-".repeat(3)]));
