// require() knows the modules Postman's sandbox bundles, returns the same object each time, and fails like
// Node for anything else. Recorded with node: the unknown-module message is Node's.
const chai = require('chai');
console.log(typeof chai.expect);
console.log(require('btoa')('hello'), require('atob')('aGVsbG8='));
console.log(require('lodash') === require('lodash'));
try { require('child_process'); } catch (e) { console.log(e.message, e.code); }
try { require(); } catch (e) { console.log(e.name, e.message); }
try { pm.require('@team/helpers'); } catch (e) { console.log(e.name, e.message); }
console.log(typeof require('lodash').get, typeof _.get, _.VERSION !== require('lodash').VERSION);
console.log(require('lodash').get({ a: [{ b: 2 }] }, 'a[0].b'));
// expect: function
// expect: aGVsbG8= hello
// expect: true
// expect: Cannot find module 'child_process' MODULE_NOT_FOUND
// expect: TypeError The "id" argument must be of type string. Received undefined
// expect: TypeError pm.require is not a function
// expect: function function true
// expect: 2
