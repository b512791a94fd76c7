// Setters keep years 0-99 as they are; only new Date(y, …) and Date.UTC read them as 19xx.
var d = new Date(Date.UTC(2099, 0, 1));
d.setUTCFullYear(99);
console.log(d.getUTCFullYear(), d.toISOString());
var e = new Date(0);
e.setUTCFullYear(12, 0, 1);
console.log(e.toISOString());
var f = new Date('0099-06-15T12:00:00Z');
f.setUTCMinutes(30);
console.log(f.toISOString(), new Date(Date.UTC(99, 0)).toISOString(), new Date(5, 1).getFullYear());
// V8's legacy numeric forms are local time (UTC here).
console.log(new Date('2023/01/14').toISOString(), new Date('2023-1-14').toISOString(), new Date('1/14/2023 10:30').toISOString());
console.log(new Date('12/31/99').toISOString(), new Date('2023/13/01').getTime(), Date.parse('2023/02/03 04:05:06'));
// expect: 99 0099-01-01T00:00:00.000Z
// expect: 0012-01-01T00:00:00.000Z
// expect: 0099-06-15T12:30:00.000Z 1999-01-01T00:00:00.000Z 1905
// expect: 2023-01-14T00:00:00.000Z 2023-01-14T00:00:00.000Z 2023-01-14T10:30:00.000Z
// expect: 1999-12-31T00:00:00.000Z NaN 1675397106000
