// expect: 2 1 2 2
const s = "\u0065\u0301"; console.log(s.length, s.normalize().length, s.normalize("NFD").length, "\u00e9".normalize("NFD").length);
