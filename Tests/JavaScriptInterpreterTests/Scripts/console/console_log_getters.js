// expect: { a: [Getter], b: [Setter], c: [Getter/Setter] }
console.log({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} });
