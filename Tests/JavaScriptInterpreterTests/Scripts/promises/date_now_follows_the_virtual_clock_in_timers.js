// Date.now() moves with the virtual clock while timers run, so elapsed-time checks see the delay.
const start = Date.now();
setTimeout(function () {
  console.log('after 50', Date.now() - start >= 50, new Date().getTime() - start >= 50);
  setTimeout(function () { console.log('after 150', Date.now() - start >= 150); }, 100);
}, 50);
console.log('sync', Date.now() - start < 50);
// expect: sync true
// expect: after 50 true true
// expect: after 150 true
