// expect: {"when":"2020-01-01"}
console.log(JSON.stringify({ when: { toJSON() { return "2020-01-01"; } } }));
