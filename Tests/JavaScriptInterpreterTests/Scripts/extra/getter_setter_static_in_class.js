// expect: 8
class T { static #n = 0; static get count() { return T.#n; } static set count(v) { T.#n = v * 2; } } T.count = 4; console.log(T.count);
