// expect: one
switch (1) { case 1: let s = "one"; console.log(s); break; }
