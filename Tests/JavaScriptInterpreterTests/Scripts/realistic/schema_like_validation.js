// expect: [ 'name should be string', 'email missing' ]
function validate(obj, schema) { const errors = []; for (const [k, t] of Object.entries(schema)) { if (!(k in obj)) errors.push(`${k} missing`); else if (typeof obj[k] !== t) errors.push(`${k} should be ${t}`); } return errors; }
console.log(validate({ id: 1, name: 5 }, { id: "number", name: "string", email: "string" }));
