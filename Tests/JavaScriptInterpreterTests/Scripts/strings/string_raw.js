// expect: a\nb1
console.log(String.raw`a\nb${1}`);
