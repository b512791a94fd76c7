let count = 0;
setInterval(() => { count += 1; }, 60000);
setTimeout(() => console.log("ran", count), 300000);
// expect: ran 4
// expect: timers were still pending after 600000 ms of virtual time and were dropped
