// expect: list: <a><b>
const items = ["a", "b"];
console.log(`list: ${items.map(x => `<${x}>`).join("")}`);
