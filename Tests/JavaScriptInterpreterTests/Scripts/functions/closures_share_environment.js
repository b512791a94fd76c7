// expect: 2
function make() { let v = 0; return [() => v++, () => v]; } const [inc, get] = make(); inc(); inc(); console.log(get());
