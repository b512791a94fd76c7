// expect error: TypeError: Converting circular structure to JSON
const a = { name: "a" }; a.self = a; JSON.stringify(a);
