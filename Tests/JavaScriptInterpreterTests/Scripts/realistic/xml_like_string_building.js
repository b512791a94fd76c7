// expect: <root><item name="a">1</item><item name="b">2</item></root>
const items = [{ n: "a", v: 1 }, { n: "b", v: 2 }]; const xml = `<root>${items.map(i => `<item name="${i.n}">${i.v}</item>`).join("")}</root>`; console.log(xml);
