const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// lodash 4 delay, defer, debounce and throttle run on the sandbox's timers; the order of the calls is what counts.
const log = [];
L.delay(function (text) { log.push('delay ' + text); console.log(log.join(', ')); }, 30, 'late');
L.defer(function (text) { log.push('defer ' + text); }, 'soon');
const debounced = L.debounce(function (value) { log.push('debounced ' + value); return value; }, 10);
debounced(1); debounced(2); debounced(3);
const leading = L.debounce(function (value) { log.push('leading ' + value); }, 10, { leading: true, trailing: false });
leading('a'); leading('b');
const throttled = L.throttle(function (value) { log.push('throttled ' + value); }, 10);
throttled('x'); throttled('y'); throttled('z');
const cancelled = L.debounce(function () { log.push('cancelled'); }, 5);
cancelled(); cancelled.cancel();
const flushed = L.debounce(function (v) { log.push('flushed ' + v); return v; }, 50);
flushed('now');
console.log(flushed.flush(), typeof debounced.cancel, log.join(', '));
// expect: now function leading a, throttled x, flushed now
// expect: leading a, throttled x, flushed now, defer soon, debounced 3, throttled z, delay late
