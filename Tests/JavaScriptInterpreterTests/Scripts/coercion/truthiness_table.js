// expect: false,false,false,true,true,false,false,false,true,true,false,true
console.log([0, -0, "", " ", "0", null, undefined, NaN, [], {}, false, "false"].map(v => !!v).join(","));
