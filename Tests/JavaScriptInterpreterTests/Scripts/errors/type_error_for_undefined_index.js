// expect error: TypeError: Cannot read properties of undefined (reading 'name')
const rows = []; rows[0].name;
