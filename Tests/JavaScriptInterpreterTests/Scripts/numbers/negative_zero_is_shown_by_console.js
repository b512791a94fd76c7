// expect: -0 [ -0 ] { a: -0 }
console.log(-0, [-0], {a: -0});
