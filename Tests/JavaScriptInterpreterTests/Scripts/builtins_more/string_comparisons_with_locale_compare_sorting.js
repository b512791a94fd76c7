// expect: [ 'e', 'E', 'é', 'f' ]
console.log(["é", "e", "f", "E"].sort((a, b) => a.localeCompare(b)));
