// expect: x 7
const { data: { items: [first, { id }] } } = { data: { items: ["x", { id: 7 }] } }; console.log(first, id);
