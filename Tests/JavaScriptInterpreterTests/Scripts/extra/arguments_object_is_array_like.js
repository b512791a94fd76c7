// expect: [ 3, [ 'b', 'c' ], '[object Arguments]' ]
function f() { return [arguments.length, Array.prototype.slice.call(arguments, 1), Object.prototype.toString.call(arguments)]; } console.log(f("a", "b", "c"));
