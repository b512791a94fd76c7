// expect: string
switch ("1") { case 1: console.log("number"); break; case "1": console.log("string"); break; }
