// expect error: TypeError: Cannot read properties of undefined (reading 'id')
const response = { json() { return undefined; } }; const data = response.json(); console.log(data.id);
