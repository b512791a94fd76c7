// expect: 0 3 NaN 1 0 7 NaN -5 -0 NaN 16
console.log(+"", +" 3 ", +"3a", +true, +[], +[7], +{}, -"5", -null, +undefined, +"0x10");
