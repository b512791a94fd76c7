// expect: [ 'alice', 'bob', 'carol' ]
const users = [{ n: "carol" }, { n: "alice" }, { n: "bob" }]; console.log(users.sort((a, b) => a.n < b.n ? -1 : a.n > b.n ? 1 : 0).map(u => u.n));
