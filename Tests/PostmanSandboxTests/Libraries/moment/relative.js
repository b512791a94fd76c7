// fromNow/from/toNow/to and humanize, around every threshold; calendar().
const moment = require('moment');
const now = moment();
const offsets = [0, 1, 44, 45, 89, 90, 60 * 44, 60 * 45, 60 * 89, 60 * 90, 3600 * 21, 3600 * 22, 3600 * 35, 3600 * 36,
  86400 * 25, 86400 * 26, 86400 * 45, 86400 * 46, 86400 * 319, 86400 * 320, 86400 * 547, 86400 * 548, 86400 * 365 * 5];
for (const s of offsets) {
  const past = now.clone().subtract(s, 'seconds'), future = now.clone().add(s, 'seconds');
  console.log(s, '|', past.fromNow(), '|', future.fromNow(), '|', past.fromNow(true), '|', past.toNow(), '|', future.toNow(true), '|',
    past.from(future), '|', past.to(future), '|', moment.duration(s, 's').humanize(), '|', moment.duration(-s, 's').humanize(true));
}
console.log(moment.utc('2023-01-01').from('2024-01-01'), moment.utc('2023-01-01').to([2022]), moment.invalid().fromNow(), moment().from('garbage'));
console.log(moment.duration(2, 'weeks').humanize(), moment.duration(2, 'weeks').humanize({ w: 4 }), moment.duration(10, 's').humanize({ s: 5 }),
  moment.duration(30, 's').humanize(true, { ss: 10 }), moment.duration(20, 'days').humanize({ d: 7, w: 4 }), moment.duration(1, 'd').humanize(false));
console.log(moment.relativeTimeThreshold('s'), moment.relativeTimeThreshold('ss'), moment.relativeTimeThreshold('bogus'), typeof moment.relativeTimeRounding());
for (const days of [-10, -6, -5, -1.5, -1, -0.2, 0, 0.1, 0.95, 1, 1.5, 2, 3, 6.9, 7, 30]) {
  const m = now.clone().add(days * 24, 'hours');
  console.log(days, '|', m.calendar(), '|', m.calendar(now.clone().add(1, 'day')), '|',
    m.calendar(null, { sameDay: '[Same] HH:mm', nextDay: function (ref) { return '[Next] ' + (moment.isMoment(ref) ? 'ref' : typeof ref); }, sameElse: 'YYYY' }));
}
console.log(now.calendar({ sameDay: '[Only formats]' }), moment.invalid().calendar(), moment.utc('2023-11-13T09:00:00Z').calendar(), moment.calendarFormat(now, now));
// expect: 0 | a few seconds ago | a few seconds ago | a few seconds | a few seconds ago | a few seconds | a few seconds ago | a few seconds ago | a few seconds | a few seconds ago
// expect: 1 | a few seconds ago | in a few seconds | a few seconds | in a few seconds | a few seconds | a few seconds ago | in a few seconds | a few seconds | a few seconds ago
// expect: 44 | a few seconds ago | in a few seconds | a few seconds | in a few seconds | a few seconds | a minute ago | in a minute | a few seconds | a few seconds ago
// expect: 45 | a minute ago | in a minute | a minute | in a minute | a minute | 2 minutes ago | in 2 minutes | a minute | a minute ago
// expect: 89 | a minute ago | in a minute | a minute | in a minute | a minute | 3 minutes ago | in 3 minutes | a minute | a minute ago
// expect: 90 | 2 minutes ago | in 2 minutes | 2 minutes | in 2 minutes | 2 minutes | 3 minutes ago | in 3 minutes | 2 minutes | 2 minutes ago
// expect: 2640 | 44 minutes ago | in 44 minutes | 44 minutes | in 44 minutes | 44 minutes | an hour ago | in an hour | 44 minutes | 44 minutes ago
// expect: 2700 | an hour ago | in an hour | an hour | in an hour | an hour | 2 hours ago | in 2 hours | an hour | an hour ago
// expect: 5340 | an hour ago | in an hour | an hour | in an hour | an hour | 3 hours ago | in 3 hours | an hour | an hour ago
// expect: 5400 | 2 hours ago | in 2 hours | 2 hours | in 2 hours | 2 hours | 3 hours ago | in 3 hours | 2 hours | 2 hours ago
// expect: 75600 | 21 hours ago | in 21 hours | 21 hours | in 21 hours | 21 hours | 2 days ago | in 2 days | 21 hours | 21 hours ago
// expect: 79200 | a day ago | in a day | a day | in a day | a day | 2 days ago | in 2 days | a day | a day ago
// expect: 126000 | a day ago | in a day | a day | in a day | a day | 3 days ago | in 3 days | a day | a day ago
// expect: 129600 | 2 days ago | in 2 days | 2 days | in 2 days | 2 days | 3 days ago | in 3 days | 2 days | 2 days ago
// expect: 2160000 | 25 days ago | in 25 days | 25 days | in 25 days | 25 days | 2 months ago | in 2 months | 25 days | 25 days ago
// expect: 2246400 | a month ago | in a month | a month | in a month | a month | 2 months ago | in 2 months | a month | a month ago
// expect: 3888000 | a month ago | in a month | a month | in a month | a month | 3 months ago | in 3 months | a month | a month ago
// expect: 3974400 | 2 months ago | in 2 months | 2 months | in 2 months | 2 months | 3 months ago | in 3 months | 2 months | 2 months ago
// expect: 27561600 | 10 months ago | in 10 months | 10 months | in 10 months | 10 months | 2 years ago | in 2 years | 10 months | 10 months ago
// expect: 27648000 | a year ago | in 10 months | a year | in a year | 10 months | 2 years ago | in 2 years | a year | a year ago
// expect: 47260800 | a year ago | in 2 years | a year | in a year | 2 years | 3 years ago | in 3 years | a year | a year ago
// expect: 47347200 | a year ago | in 2 years | a year | in a year | 2 years | 3 years ago | in 3 years | 2 years | 2 years ago
// expect: 157680000 | 5 years ago | in 5 years | 5 years | in 5 years | 5 years | 10 years ago | in 10 years | 5 years | 5 years ago
// expect: a year ago a year ago Invalid date Invalid date
// expect: 14 days 14 days a minute in 30 seconds 3 weeks a day
// expect: 45 44 false function
// expect: -10 | 11/04/2023 | 11/04/2023 | 2023
// expect: -6 | Last Wednesday at 10:13 PM | 11/08/2023 | Last Wednesday at 10:13 PM
// expect: -5 | Last Thursday at 10:13 PM | Last Thursday at 10:13 PM | Last Thursday at 10:13 PM
// expect: -1.5 | Yesterday at 10:13 AM | Last Monday at 10:13 AM | Yesterday at 10:13 AM
// expect: -1 | Yesterday at 10:13 PM | Last Monday at 10:13 PM | Yesterday at 10:13 PM
// expect: -0.2 | Today at 5:25 PM | Yesterday at 5:25 PM | Same 17:25
// expect: 0 | Today at 10:13 PM | Yesterday at 10:13 PM | Same 22:13
// expect: 0.1 | Tomorrow at 12:37 AM | Today at 12:37 AM | Next r3f
// expect: 0.95 | Tomorrow at 9:01 PM | Today at 9:01 PM | Next r3f
// expect: 1 | Tomorrow at 10:13 PM | Today at 10:13 PM | Next r3f
// expect: 1.5 | Thursday at 10:13 AM | Tomorrow at 10:13 AM | Thursday at 10:13 AM
// expect: 2 | Thursday at 10:13 PM | Tomorrow at 10:13 PM | Thursday at 10:13 PM
// expect: 3 | Friday at 10:13 PM | Friday at 10:13 PM | Friday at 10:13 PM
// expect: 6.9 | 11/21/2023 | Tuesday at 7:49 PM | 2023
// expect: 7 | 11/21/2023 | Tuesday at 10:13 PM | 2023
// expect: 30 | 12/14/2023 | 12/14/2023 | 2023
// expect: Only formats Invalid date Yesterday at 9:00 AM sameDay
