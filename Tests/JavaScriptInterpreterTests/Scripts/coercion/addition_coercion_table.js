// expect: 2 | 12 | 2 | 1 | NaN | 1 | 1[object Object] | 13 | NaN
// expect: 21 | 22 | 2true | 2null | 2undefined | 2 | 2[object Object] | 23 | 2NaN
// expect: 2 | true2 | 2 | 1 | NaN | true | true[object Object] | true3 | NaN
// expect: 1 | null2 | 1 | 0 | NaN | null | null[object Object] | null3 | NaN
// expect: NaN | undefined2 | NaN | NaN | NaN | undefined | undefined[object Object] | undefined3 | NaN
// expect: 1 | 2 | true | null | undefined |  | [object Object] | 3 | NaN
// expect: [object Object]1 | [object Object]2 | [object Object]true | [object Object]null | [object Object]undefined | [object Object] | [object Object][object Object] | [object Object]3 | [object Object]NaN
// expect: 31 | 32 | 3true | 3null | 3undefined | 3 | 3[object Object] | 33 | 3NaN
// expect: NaN | NaN2 | NaN | NaN | NaN | NaN | NaN[object Object] | NaN3 | NaN
const vals = [1, "2", true, null, undefined, [], {}, [3], NaN];
for (const a of vals) console.log(vals.map(b => String(a + b)).join(" | "));
