// expect: undefined
"use strict"; { function blockOnly() {} } console.log(typeof blockOnly);
