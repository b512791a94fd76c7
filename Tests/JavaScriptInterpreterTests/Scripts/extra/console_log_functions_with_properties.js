// expect: [Function: tagged] { meta: { v: 1 } } [ [Function: tagged] { meta: { v: 1 } } ]
function tagged() {} tagged.meta = { v: 1 }; console.log(tagged, [tagged]);
