// expect: 0 0 0 0
console.log(String(-0), (-0).toString(), `${-0}`, [-0].join());
