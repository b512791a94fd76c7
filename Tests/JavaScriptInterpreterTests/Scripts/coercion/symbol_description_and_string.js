// expect: Symbol(desc) desc Symbol(desc) symbol undefined
const s = Symbol("desc"); console.log(s.toString(), s.description, String(s), typeof s, Symbol().description);
