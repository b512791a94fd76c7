// expect error: ReferenceError: undefinedThing is not defined
function outer() { function inner() { return undefinedThing + 1; } return inner(); } outer();
