// expect: [ 3, 3, 3 ]
var out = []; for (var i = 0; i < 3; i++) out.push(function () { return i; }); console.log(out.map(f => f()));
