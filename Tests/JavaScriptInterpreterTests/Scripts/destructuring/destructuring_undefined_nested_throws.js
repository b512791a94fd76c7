// expect error: TypeError: Cannot read properties of undefined (reading 'b')
const { a: { b } } = {};
