// expect: 3 2
for (var i = 0, j = 5; i < j; i++, j--); console.log(i, j);
