// expect error: TypeError: Cannot read properties of null (reading 'forEach')
const list = null; list.forEach(x => x);
