// expect error: ReferenceError: notDefined is not defined
console.log(notDefined);
