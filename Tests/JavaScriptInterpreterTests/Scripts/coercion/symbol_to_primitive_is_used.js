// expect: 10 S D 20
const o = { [Symbol.toPrimitive](hint) { return hint === "number" ? 10 : hint === "string" ? "S" : "D"; } };
console.log(+o, `${o}`, o + "", o * 2);
