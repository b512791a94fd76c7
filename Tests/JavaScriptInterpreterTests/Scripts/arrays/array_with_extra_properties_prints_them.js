// expect: [ 1, 2, extra: 'x' ]
const a = [1, 2]; a.extra = "x"; console.log(a);
