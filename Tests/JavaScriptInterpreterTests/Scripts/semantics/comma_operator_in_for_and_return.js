// expect: last
function f() { return (1, 2, "last"); } console.log(f());
