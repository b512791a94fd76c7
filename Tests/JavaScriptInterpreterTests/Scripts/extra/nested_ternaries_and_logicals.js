// expect: ABCF fallback
const grade = s => s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : "F"; console.log([95, 85, 72, 10].map(grade).join(""), (0 || null) ?? "fallback");
