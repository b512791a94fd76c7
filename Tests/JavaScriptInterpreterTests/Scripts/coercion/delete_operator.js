// expect: true {} true true []
// expect: [ 1, <1 empty item>, 3 ] 3 false
const o = { a: 1, b: 2 }; console.log(delete o.a, o, delete o.zz, delete o["b"], Object.keys(o));
const arr = [1, 2, 3]; delete arr[1]; console.log(arr, arr.length, 1 in arr);
