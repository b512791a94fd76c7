// expect: [] [ 'constructor', 'm' ]
class A { m() {} } console.log(Object.keys(A.prototype), Object.getOwnPropertyNames(A.prototype));
