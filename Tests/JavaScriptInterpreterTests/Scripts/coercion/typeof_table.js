// expect: number string boolean undefined object object object function symbol function undefined object object
console.log(typeof 1, typeof "s", typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof function(){}, typeof Symbol(), typeof class {}, typeof undeclaredVariable, typeof Math, typeof JSON);
