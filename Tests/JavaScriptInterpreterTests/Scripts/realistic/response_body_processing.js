// expect: [ 'Ann' ] true Bob
const responseBody = '{"data":{"users":[{"id":1,"name":"Ann","roles":["admin"]},{"id":2,"name":"Bob","roles":[]}]},"meta":{"total":2}}';
const json = JSON.parse(responseBody);
const admins = json.data.users.filter(u => u.roles.includes("admin")).map(u => u.name);
console.log(admins, json.meta.total === json.data.users.length, json.data.users.find(u => u.id === 2).name);
