// expect error: TypeError: Cannot read properties of null (reading 'name')
const data = { user: null }; console.log(data.user.name);
