// expect: 65 Hi 😀 NaN true
console.log("A".charCodeAt(0), String.fromCharCode(72, 105), String.fromCodePoint(128512), "abc".charCodeAt(5), "abc".charAt(5) === "");
