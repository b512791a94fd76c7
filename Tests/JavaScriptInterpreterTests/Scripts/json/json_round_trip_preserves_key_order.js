// expect: {"z":1,"a":[true,false,null],"m":{"y":"s","b":1500}}
const text = '{"z":1,"a":[true,false,null],"m":{"y":"s","b":1.5e3}}'; console.log(JSON.stringify(JSON.parse(text)));
