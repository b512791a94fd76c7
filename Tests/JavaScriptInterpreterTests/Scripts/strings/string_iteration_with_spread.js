// expect: h-é-l-l-o
console.log([..."héllo"].join("-"));
