// expect: {
// expect:   items: [
// expect:     { id: 1, name: 'first item', tags: [Array] },
// expect:     { id: 2, name: 'second item', tags: [] }
// expect:   ],
// expect:   total: 2
// expect: }
console.log({ items: [{ id: 1, name: "first item", tags: ["a", "b"] }, { id: 2, name: "second item", tags: [] }], total: 2 });
