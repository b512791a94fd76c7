// expect: Bearer 3 eyJhbG true
const header = "Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig"; const [scheme, token] = header.split(" ");
console.log(scheme, token.split(".").length, token.substring(0, 6), header.toLowerCase().startsWith("bearer "));
