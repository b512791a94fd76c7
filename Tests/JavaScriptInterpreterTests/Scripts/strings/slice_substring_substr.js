// expect: World Worl Hello He Wor llo, World 
const s = "Hello, World";
console.log(s.slice(7), s.slice(-5, -1), s.substring(5, 0), s.substring(-3, 2), s.substr(-5, 3), s.substr(2), s.slice(3, 1));
