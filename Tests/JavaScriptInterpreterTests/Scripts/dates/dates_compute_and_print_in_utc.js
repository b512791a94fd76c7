// Dates are UTC until time zones arrive with the rest of Date: these match node with TZ=UTC.
// expect: 2026-11-29T04:05:06.007Z 1795925106007 {"d":"2026-11-29T04:05:06.007Z"}
// expect: 2026 10 29 0 4 5 6 7
// expect: Sun Nov 29 2026 04:05:06 GMT+0000 (Coordinated Universal Time)
// expect: Sun, 29 Nov 2026 04:05:06 GMT | Sun Nov 29 2026 | 11/29/2026 | 4:05:06 AM
// expect: 2026-12-02T04:05:06.007Z
// expect: 2027-02-02T04:05:06.007Z
// expect: 2027-02-03T02:01:06.007Z
// expect: 1795910400000 1795946400000 1795939200500 NaN
// expect: 1772409600000 NaN Invalid Date
// expect: 2026-01-31T12:00:00.000Z 1999 1970-01-01T00:00:00.000Z
// expect: 1969-12-31T23:59:59.999Z -000001-01-01T00:00:00.000Z +010000-01-01T00:00:00.000Z
// expect: string 1795925106007 1795925106006 true true 1795925106000
// expect: 2026-11-29T10:00:00.000Z 10000
// expect: [object Date] true number true
var d = new Date(Date.UTC(2026, 10, 29, 4, 5, 6, 7));
console.log(d.toISOString(), d.getTime(), JSON.stringify({ d: d }));
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
console.log(d.toString());
console.log(d.toUTCString(), '|', d.toDateString(), '|', d.toLocaleDateString('en-US'), '|', d.toLocaleTimeString('en-US'));
var e = new Date(d.getTime()); e.setDate(e.getDate() + 3); console.log(e.toISOString());
e.setMonth(13); console.log(e.toISOString());
e.setHours(25, 61); console.log(e.toISOString());
console.log(Date.parse('2026-11-29'), Date.parse('2026-11-29T10:00:00Z'), Date.parse('2026-11-29T10:00:00.5+02:00'), Date.parse('nope'));
console.log(new Date('2026-02-30').getTime(), new Date(8.64e15 + 1).getTime(), String(new Date(NaN)));
console.log(new Date(2026, 0, 31, 12).toISOString(), new Date(99, 0).getFullYear(), new Date(0).toISOString());
console.log(new Date(-1).toISOString(), new Date(-62198755200000).toISOString(), new Date(253402300800000).toISOString());
console.log(typeof (d + ''), +d, d - 1, d > new Date(0), Date.parse(d.toString()) === d.getTime() - 7, Date.parse(d.toUTCString()));
console.log(new Date('2026-11-29T10:00').toISOString(), new Date('+010000-01-01T00:00:00Z').getUTCFullYear());
console.log(Object.prototype.toString.call(d), d instanceof Date, typeof Date.now(), Date().length > 20);
