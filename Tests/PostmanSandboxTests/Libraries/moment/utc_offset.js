// utc(), local(), utcOffset() get/set, parseZone, and toISOString(keepOffset).
const moment = require('moment');
const m = moment('2023-11-14T10:20:30.400Z');
console.log(m.utcOffset() === 0, m.format(), m.isUtc(), m.clone().utc().format(), m.clone().utc().isUtc());
const o = moment.utc('2023-11-14T10:20:30.400Z').utcOffset(330);
console.log(o.format(), o.utcOffset(), o.hour(), o.minute(), o.toISOString(), o.toISOString(true), o.valueOf(), o.isUtc(), o.isUtcOffset(), o.format('Z ZZ z'));
console.log(o.clone().utcOffset(-8).format(), o.clone().utcOffset('+01:00').format(), o.clone().utcOffset('-0230').format(),
  o.clone().utcOffset(90).format(), o.clone().utcOffset(5, true).format(), o.clone().utcOffset('garbage').format(), o.clone().local().format(),
  o.clone().utc().format(), o.clone().utc(true).format(), o.clone().local(true).format());
console.log(o.clone().startOf('day').format(), o.clone().endOf('hour').format(), o.clone().add(1, 'M').format(), o.clone().startOf('week').format());
console.log(o.isSame(moment.utc('2023-11-14T10:20:30.400Z')), o.diff(moment.utc('2023-11-14'), 'hours', true), JSON.stringify(o.toArray()));
const z = moment.parseZone('2023-11-14T10:20:30+05:30');
console.log(z.format(), z.utcOffset(), z.hour(), moment.parseZone('2023-11-14T10:20:30Z').format(), moment.parseZone('2023-11-14T10:20:30').format(),
  moment('2023-11-14T10:20:30-07:00').parseZone().format(), moment.parseZone('2023-11-14T10:20:30-0700', 'YYYY-MM-DDTHH:mm:ssZZ').format());
console.log(moment.utc('2023-11-14T10:20:30+02:00').format(), moment('2023-11-14T10:20:30+02:00').format(), moment('2023-11-14T10:20:30+02:00').toISOString(true));
console.log(moment.utc([20000, 0, 1]).toISOString(), moment.utc([-5, 0, 1]).toISOString(), moment.utc([20000, 0, 1]).utcOffset(60).toISOString(true));
console.log(m.zone(), o.zone(), o.clone().zone(120).format(), o.hasAlignedHourOffset(), o.clone().utcOffset(60).hasAlignedHourOffset(), moment.invalid().utcOffset());
// expect: true 2023-11-14T10:20:30+00:00 false 2023-11-14T10:20:30Z true
// expect: 2023-11-14T15:50:30+05:30 330 15 50 2023-11-14T10:20:30.400Z 2023-11-14T15:50:30.400+05:30 1699957230400 false true +05:30 +0530 UTC
// expect: 2023-11-14T02:20:30-08:00 2023-11-14T11:20:30+01:00 2023-11-14T07:50:30-02:30 2023-11-14T11:50:30+01:30 2023-11-14T15:50:30+05:00 2023-11-14T15:50:30+05:30 2023-11-14T10:20:30+00:00 2023-11-14T10:20:30Z 2023-11-14T15:50:30Z 2023-11-14T15:50:30+00:00
// expect: 2023-11-14T00:00:00+05:30 2023-11-14T15:59:59+05:30 2023-12-14T15:50:30+05:30 2023-11-12T00:00:00+05:30
// expect: true 10.341777777777779 [2023,10,14,15,50,30,400]
// expect: 2023-11-14T10:20:30+05:30 330 10 2023-11-14T10:20:30Z 2023-11-14T10:20:30Z 2023-11-14T10:20:30-07:00 2023-11-14T10:20:30-07:00
// expect: 2023-11-14T08:20:30Z 2023-11-14T08:20:30+00:00 2023-11-14T08:20:30.000+00:00
// expect: +020000-01-01T00:00:00.000Z -000005-01-01T00:00:00.000Z +020000-01-01T01:00:00.000+01:00
// expect: 0 -330 2023-11-14T08:20:30-02:00 false true NaN
