// isBefore/isAfter/isSame/isSameOrBefore/isSameOrAfter/isBetween, with units and inclusivity.
const moment = require('moment');
const a = moment.utc('2023-11-14T10:00:00Z');
const inputs = [moment.utc('2023-11-14T10:00:00Z'), moment.utc('2023-11-14T23:59:59Z'), moment.utc('2023-11-13T23:59:59Z'),
  '2023-11-20T00:00:00Z', new Date(Date.UTC(2023, 10, 14, 10)), 1699956000000, [2023, 10, 14], moment.invalid(), undefined];
for (const b of inputs) {
  const row = [];
  for (const unit of [undefined, 'ms', 'second', 'minute', 'hour', 'day', 'days', 'week', 'isoWeek', 'month', 'quarter', 'year', 'y']) {
    row.push([a.isBefore(b, unit), a.isAfter(b, unit), a.isSame(b, unit), a.isSameOrBefore(b, unit), a.isSameOrAfter(b, unit)].map(Number).join(''));
  }
  console.log(row.join(' '));
}
const from = moment.utc('2023-11-14T00:00:00Z'), to = moment.utc('2023-11-16T00:00:00Z');
for (const x of ['2023-11-14T00:00:00Z', '2023-11-15T00:00:00Z', '2023-11-16T00:00:00Z', '2023-11-16T12:00:00Z', '2023-11-13T12:00:00Z']) {
  const m = moment.utc(x);
  console.log(x, m.isBetween(from, to), m.isBetween(from, to, null, '[]'), m.isBetween(from, to, undefined, '[)'),
    m.isBetween(from, to, undefined, '(]'), m.isBetween(from, to, 'day'), m.isBetween(from, to, 'day', '[]'),
    m.isBetween('2023-11-14', '2023-11-16'), m.isBetween(to, from), m.isBetween(from, moment.invalid()));
}
console.log(moment.invalid().isBefore(moment()), moment.invalid().isSame(moment.invalid()), moment().isSame(), moment().isAfter());
console.log(a.isValid(), moment.utc('2023-02-29').isValid(), moment().isDST(), a.isUtc(), a.isLocal(), a.isUtcOffset());
// expect: 00111 00111 00111 00111 00111 00111 00111 00111 00111 00111 00111 00111 00111
// expect: 10010 10010 10010 10010 10010 00111 00111 00111 00111 00111 00111 00111 00111
// expect: 01001 01001 01001 01001 01001 01001 01001 00111 00111 00111 00111 00111 00111
// expect: 10010 10010 10010 10010 10010 10010 10010 10010 10010 00111 00111 00111 00111
// expect: 00111 00111 00111 00111 00111 00111 00111 00111 00111 00111 00111 00111 00111
// expect: 00111 00111 00111 00111 00111 00111 00111 00111 00111 00111 00111 00111 00111
// expect: 01001 01001 01001 01001 01001 00111 00111 00111 00111 00111 00111 00111 00111
// expect: 00000 00000 00000 00000 00000 00000 00000 00000 00000 00000 00000 00000 00000
// expect: 10010 10010 10010 10010 10010 00111 00111 00111 00111 00111 00111 00111 00111
// expect: 2023-11-14T00:00:00Z false true true false false true false false false
// expect: 2023-11-15T00:00:00Z true true true true true true true false false
// expect: 2023-11-16T00:00:00Z false true false true false true false false false
// expect: 2023-11-16T12:00:00Z false false false false false true false false false
// expect: 2023-11-13T12:00:00Z false false false false false false false false false
// expect: false false true false
// expect: true false false true false true
