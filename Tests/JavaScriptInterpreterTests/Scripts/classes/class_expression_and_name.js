// expect: Named Named L
const K = class Named { who() { return Named.name; } }; const L = class {}; console.log(new K().who(), K.name, L.name);
