// expect: none
let r = "none"; switch (5) { case 1: r = "one"; } console.log(r);
