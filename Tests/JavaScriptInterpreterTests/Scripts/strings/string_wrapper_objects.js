// expect: object 3 b abc! [ '0', '1', '2' ]
const w = new String("abc"); console.log(typeof w, w.length, w[1], w + "!", Object.keys(w));
