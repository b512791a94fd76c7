// add/subtract with every way of naming units, month-end clamping, and startOf/endOf.
const moment = require('moment');
const base = () => moment.utc('2024-01-31T10:30:45.500Z');
const show = (label, x) => console.log(label, x.toISOString());
for (const unit of ['y', 'years', 'year', 'Q', 'quarters', 'M', 'months', 'month', 'w', 'weeks', 'd', 'days', 'day', 'h', 'hours',
  'm', 'minutes', 's', 'seconds', 'ms', 'milliseconds', 'D', 'date', 'E', 'foo', 'Years', 'DAYS']) {
  show('add 1 ' + unit, base().add(1, unit));
}
show('add 2.5 days', base().add(2.5, 'days')); show('add 1.5 months', base().add(1.5, 'months')); show('add 1.5 h', base().add(1.5, 'h'));
show('add -1 M', base().add(-1, 'M')); show('subtract 1 M', base().subtract(1, 'M')); show('subtract 13 M', base().subtract(13, 'M'));
show('add obj', base().add({ years: 1, months: 1, days: 1, hours: 1 })); show('add obj short', base().add({ y: 1, M: -2, d: 3, ms: 4 }));
show('add duration', base().add(moment.duration(2, 'hours'))); show('subtract duration', base().subtract(moment.duration({ days: 3 })));
show('add string', base().add('2', 'days')); show('add iso', base().add('P1DT2H')); show('add hh:mm', base().add('01:30'));
show('add reversed', base().add('days', 2)); show('add nothing', base().add()); show('add null', base().add(null, 'd'));
show('add ms number', base().add(1000)); show('chain', base().add(1, 'd').subtract(2, 'h').add(30, 'm'));
show('leap', moment.utc('2024-02-29').add(1, 'year')); show('leap4', moment.utc('2024-02-29').add(4, 'year'));
show('mar31-1M', moment.utc('2023-03-31').subtract(1, 'month')); show('aug31+1Q', moment.utc('2023-08-31').add(1, 'Q'));
const local = moment('2024-01-31T10:30:45.500Z');
show('local add', local.add(1, 'M'));
for (const unit of ['year', 'years', 'y', 'quarter', 'Q', 'month', 'M', 'week', 'w', 'isoWeek', 'W', 'day', 'd', 'date', 'D', 'hour',
  'h', 'minute', 'm', 'second', 's', 'millisecond', 'ms', undefined, 'bogus']) {
  console.log(String(unit), base().startOf(unit).toISOString(), base().endOf(unit).toISOString());
}
console.log(moment.utc('2023-11-12').startOf('week').toISOString(), moment.utc('2023-11-12').startOf('isoWeek').toISOString(),
  moment.utc('2023-11-12').endOf('isoWeek').toISOString(), moment.utc('0050-06-15').startOf('year').toISOString(),
  moment.utc('0050-06-15').endOf('month').toISOString());
const m = base(); const same = m.add(1, 'd'); console.log(m === same, m.startOf('day') === m, moment.invalid().add(1, 'd').isValid());
const c = base(); const cl = c.clone().add(1, 'y'); console.log(c.year(), cl.year(), c.clone() !== c);
const early = moment.utc('0099-12-31T23:00:00Z');
console.log(early.clone().add(1, 'd').toISOString(), early.clone().add(2, 'h').toISOString(), early.clone().subtract(1, 'M').toISOString(),
  early.clone().date(1).toISOString(), early.clone().hour(5).toISOString(), early.clone().month(0).toISOString(), moment.utc('0012-03-04T05:06:07+01:00').toISOString());
console.log(moment.utc(0).add(5, '').valueOf(), moment.utc(0).add('5', 'h').valueOf(), moment.utc(0).add([2], 'd').valueOf());
// expect: add 1 y 2025-01-31T10:30:45.500Z
// expect: add 1 years 2025-01-31T10:30:45.500Z
// expect: add 1 year 2025-01-31T10:30:45.500Z
// expect: add 1 Q 2024-04-30T10:30:45.500Z
// expect: add 1 quarters 2024-04-30T10:30:45.500Z
// expect: add 1 M 2024-02-29T10:30:45.500Z
// expect: add 1 months 2024-02-29T10:30:45.500Z
// expect: add 1 month 2024-02-29T10:30:45.500Z
// expect: add 1 w 2024-02-07T10:30:45.500Z
// expect: add 1 weeks 2024-02-07T10:30:45.500Z
// expect: add 1 d 2024-02-01T10:30:45.500Z
// expect: add 1 days 2024-02-01T10:30:45.500Z
// expect: add 1 day 2024-02-01T10:30:45.500Z
// expect: add 1 h 2024-01-31T11:30:45.500Z
// expect: add 1 hours 2024-01-31T11:30:45.500Z
// expect: add 1 m 2024-01-31T10:31:45.500Z
// expect: add 1 minutes 2024-01-31T10:31:45.500Z
// expect: add 1 s 2024-01-31T10:30:46.500Z
// expect: add 1 seconds 2024-01-31T10:30:46.500Z
// expect: add 1 ms 2024-01-31T10:30:45.501Z
// expect: add 1 milliseconds 2024-01-31T10:30:45.501Z
// expect: add 1 D 2024-01-31T10:30:45.500Z
// expect: add 1 date 2024-01-31T10:30:45.500Z
// expect: add 1 E 2024-01-31T10:30:45.500Z
// expect: add 1 foo 2024-01-31T10:30:45.500Z
// expect: add 1 Years 2025-01-31T10:30:45.500Z
// expect: add 1 DAYS 2024-02-01T10:30:45.500Z
// expect: add 2.5 days 2024-02-03T10:30:45.500Z
// expect: add 1.5 months 2024-03-31T10:30:45.500Z
// expect: add 1.5 h 2024-01-31T12:00:45.500Z
// expect: add -1 M 2023-12-31T10:30:45.500Z
// expect: subtract 1 M 2023-12-31T10:30:45.500Z
// expect: subtract 13 M 2022-12-31T10:30:45.500Z
// expect: add obj 2025-03-01T11:30:45.500Z
// expect: add obj short 2024-12-03T10:30:45.504Z
// expect: add duration 2024-01-31T12:30:45.500Z
// expect: subtract duration 2024-01-28T10:30:45.500Z
// expect: add string 2024-02-02T10:30:45.500Z
// expect: add iso 2024-02-01T12:30:45.500Z
// expect: add hh:mm 2024-01-31T12:00:45.500Z
// expect: add reversed 2024-02-02T10:30:45.500Z
// expect: add nothing 2024-01-31T10:30:45.500Z
// expect: add null 2024-01-31T10:30:45.500Z
// expect: add ms number 2024-01-31T10:30:46.500Z
// expect: chain 2024-02-01T09:00:45.500Z
// expect: leap 2025-02-28T00:00:00.000Z
// expect: leap4 2028-02-29T00:00:00.000Z
// expect: mar31-1M 2023-02-28T00:00:00.000Z
// expect: aug31+1Q 2023-11-30T00:00:00.000Z
// expect: local add 2024-02-29T10:30:45.500Z
// expect: year 2024-01-01T00:00:00.000Z 2024-12-31T23:59:59.999Z
// expect: years 2024-01-01T00:00:00.000Z 2024-12-31T23:59:59.999Z
// expect: y 2024-01-01T00:00:00.000Z 2024-12-31T23:59:59.999Z
// expect: quarter 2024-01-01T00:00:00.000Z 2024-03-31T23:59:59.999Z
// expect: Q 2024-01-01T00:00:00.000Z 2024-03-31T23:59:59.999Z
// expect: month 2024-01-01T00:00:00.000Z 2024-01-31T23:59:59.999Z
// expect: M 2024-01-01T00:00:00.000Z 2024-01-31T23:59:59.999Z
// expect: week 2024-01-28T00:00:00.000Z 2024-02-03T23:59:59.999Z
// expect: w 2024-01-28T00:00:00.000Z 2024-02-03T23:59:59.999Z
// expect: isoWeek 2024-01-29T00:00:00.000Z 2024-02-04T23:59:59.999Z
// expect: W 2024-01-29T00:00:00.000Z 2024-02-04T23:59:59.999Z
// expect: day 2024-01-31T00:00:00.000Z 2024-01-31T23:59:59.999Z
// expect: d 2024-01-31T00:00:00.000Z 2024-01-31T23:59:59.999Z
// expect: date 2024-01-31T00:00:00.000Z 2024-01-31T23:59:59.999Z
// expect: D 2024-01-31T00:00:00.000Z 2024-01-31T23:59:59.999Z
// expect: hour 2024-01-31T10:00:00.000Z 2024-01-31T10:59:59.999Z
// expect: h 2024-01-31T10:00:00.000Z 2024-01-31T10:59:59.999Z
// expect: minute 2024-01-31T10:30:00.000Z 2024-01-31T10:30:59.999Z
// expect: m 2024-01-31T10:30:00.000Z 2024-01-31T10:30:59.999Z
// expect: second 2024-01-31T10:30:45.000Z 2024-01-31T10:30:45.999Z
// expect: s 2024-01-31T10:30:45.000Z 2024-01-31T10:30:45.999Z
// expect: millisecond 2024-01-31T10:30:45.500Z 2024-01-31T10:30:45.500Z
// expect: ms 2024-01-31T10:30:45.500Z 2024-01-31T10:30:45.500Z
// expect: undefined 2024-01-31T10:30:45.500Z 2024-01-31T10:30:45.500Z
// expect: bogus 2024-01-31T10:30:45.500Z 2024-01-31T10:30:45.500Z
// expect: 2023-11-12T00:00:00.000Z 2023-11-06T00:00:00.000Z 2023-11-12T23:59:59.999Z 0050-01-01T00:00:00.000Z 0050-06-30T23:59:59.999Z
// expect: true true false
// expect: 2024 2025 true
// expect: 0100-01-01T23:00:00.000Z 0100-01-01T01:00:00.000Z 0099-11-30T23:00:00.000Z 0099-12-01T23:00:00.000Z 0099-12-31T05:00:00.000Z 0099-01-31T23:00:00.000Z 0012-03-04T04:06:07.000Z
// expect: 0 18000000 172800000
