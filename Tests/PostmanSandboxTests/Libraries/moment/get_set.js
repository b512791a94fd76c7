// Getters and setters, get/set by unit name, and the week/day-of-year fields.
const moment = require('moment');
const m = moment.utc('2023-11-14T22:13:20.045Z');
console.log(m.year(), m.years(), m.month(), m.months(), m.date(), m.dates(), m.day(), m.days(), m.hour(), m.hours(),
  m.minute(), m.minutes(), m.second(), m.seconds(), m.millisecond(), m.milliseconds());
console.log(m.weekday(), m.isoWeekday(), m.week(), m.weeks(), m.isoWeek(), m.isoWeeks(), m.dayOfYear(), m.quarter(),
  m.weekYear(), m.isoWeekYear(), m.weeksInYear(), m.isoWeeksInYear(), m.weeksInWeekYear(), m.isoWeeksInISOWeekYear(), m.daysInMonth(), m.isLeapYear());
for (const unit of ['y', 'year', 'years', 'M', 'month', 'D', 'date', 'd', 'day', 'h', 'hours', 'm', 'minute', 's', 'ms', 'Q', 'w', 'W', 'DDD', 'e', 'E', 'gg', 'GG', 'foo']) {
  const value = m.get(unit);
  console.log(unit, moment.isMoment(value) ? 'moment' : value);
}
const s = () => moment.utc('2024-01-31T10:00:00.000Z');
const show = (x) => console.log(x.toISOString());
show(s().year(2023)); show(moment.utc('2024-02-29').year(2023)); show(moment.utc('2024-02-29').year(2028)); show(s().year('2020'));
show(s().month(1)); show(s().month(3)); show(s().month(13)); show(s().month(-1)); show(s().month('March')); show(s().month('feb'));
show(s().month('5')); show(s().month('nonsense'));
show(s().date(15)); show(s().date(32)); show(s().date(0)); show(s().hour(25)); show(s().hours(-1)); show(s().minute(90));
show(s().second(61)); show(s().millisecond(1500)); show(s().hour(NaN)); console.log(s().hour(null), s().hour(undefined));
show(s().day(0)); show(s().day(6)); show(s().day(7)); show(s().day(-7)); show(s().day('Monday')); show(s().day('sat')); show(s().day('3'));
show(s().weekday(0)); show(s().weekday(7)); show(s().isoWeekday(1)); show(s().isoWeekday(7)); show(s().isoWeekday('Sunday'));
show(s().dayOfYear(1)); show(s().dayOfYear(366)); show(s().week(1)); show(s().week(52)); show(s().isoWeek(1)); show(s().isoWeek(53));
show(s().quarter(2)); show(s().quarter(4)); show(s().weekYear(2025)); show(s().isoWeekYear(2020));
show(s().set('year', 2000)); show(s().set('M', 5)); show(s().set({ year: 2019, month: 1, date: 28, hour: 1, minute: 2, second: 3, ms: 4 }));
show(s().set({ date: 31, month: 3 })); show(s().set('nothing', 5)); show(s().set({ h: 5, bogus: 1 }));
for (const d of ['2020-01-01', '2020-12-31', '2021-01-01', '2021-01-03', '2021-01-04', '2024-12-29', '2024-12-30', '2026-12-31', '2027-01-01', '2016-01-01']) {
  const x = moment.utc(d);
  console.log(d, x.week(), x.isoWeek(), x.weekYear(), x.isoWeekYear(), x.weeksInYear(), x.isoWeeksInYear(), x.dayOfYear(), x.format('gggg-ww GGGG-WW'));
}
for (const y of [1900, 2000, 2023, 2024, 2100]) console.log(y, moment.utc([y]).isLeapYear(), moment.utc([y, 1]).daysInMonth());
const bad = moment.invalid();
console.log(bad.year(), bad.month(), bad.day(), bad.weekday(), bad.isoWeekday(), bad.isLeapYear(), bad.daysInMonth(), bad.year(2000).isValid());
console.log(s().year(99).toISOString(), s().year(0).toISOString(), moment.utc('2024-02-29').year(96).toISOString(), moment.utc('2024-02-29').year(97).toISOString());
// expect: 2023 2023 10 10 14 14 2 2 22 22 13 13 20 20 45 45
// expect: 2 2 46 46 46 46 318 4 2023 2023 52 52 52 52 30 false
// expect: y 2023
// expect: year 2023
// expect: years 2023
// expect: M 10
// expect: month 10
// expect: D 14
// expect: date 14
// expect: d 2
// expect: day 2
// expect: h 22
// expect: hours 22
// expect: m 13
// expect: minute 13
// expect: s 20
// expect: ms 45
// expect: Q 4
// expect: w 46
// expect: W 46
// expect: DDD 318
// expect: e 2
// expect: E 2
// expect: gg 2023
// expect: GG 2023
// expect: foo moment
// expect: 2023-01-31T10:00:00.000Z
// expect: 2023-02-28T00:00:00.000Z
// expect: 2028-02-29T00:00:00.000Z
// expect: 2020-01-31T10:00:00.000Z
// expect: 2024-02-29T10:00:00.000Z
// expect: 2024-04-30T10:00:00.000Z
// expect: 2025-02-28T10:00:00.000Z
// expect: 2023-12-31T10:00:00.000Z
// expect: 2024-03-31T10:00:00.000Z
// expect: 2024-02-29T10:00:00.000Z
// expect: 2024-06-30T10:00:00.000Z
// expect: 2024-01-31T10:00:00.000Z
// expect: 2024-01-15T10:00:00.000Z
// expect: 2024-02-01T10:00:00.000Z
// expect: 2023-12-31T10:00:00.000Z
// expect: 2024-02-01T01:00:00.000Z
// expect: 2024-01-30T23:00:00.000Z
// expect: 2024-01-31T11:30:00.000Z
// expect: 2024-01-31T10:01:01.000Z
// expect: 2024-01-31T10:00:01.500Z
// expect: 2024-01-31T10:00:00.000Z
// expect: 10 10
// expect: 2024-01-28T10:00:00.000Z
// expect: 2024-02-03T10:00:00.000Z
// expect: 2024-02-04T10:00:00.000Z
// expect: 2024-01-21T10:00:00.000Z
// expect: 2024-01-29T10:00:00.000Z
// expect: 2024-02-03T10:00:00.000Z
// expect: 2024-01-31T10:00:00.000Z
// expect: 2024-01-28T10:00:00.000Z
// expect: 2024-02-04T10:00:00.000Z
// expect: 2024-01-29T10:00:00.000Z
// expect: 2024-02-04T10:00:00.000Z
// expect: 2024-02-04T10:00:00.000Z
// expect: 2024-01-01T10:00:00.000Z
// expect: 2024-12-31T10:00:00.000Z
// expect: 2024-01-03T10:00:00.000Z
// expect: 2024-12-25T10:00:00.000Z
// expect: 2024-01-03T10:00:00.000Z
// expect: 2025-01-01T10:00:00.000Z
// expect: 2024-04-30T10:00:00.000Z
// expect: 2024-10-31T10:00:00.000Z
// expect: 2025-01-29T10:00:00.000Z
// expect: 2020-01-29T10:00:00.000Z
// expect: 2000-01-31T10:00:00.000Z
// expect: 2024-06-30T10:00:00.000Z
// expect: 2019-02-28T01:02:03.004Z
// expect: 2024-05-01T10:00:00.000Z
// expect: 2024-01-31T10:00:00.000Z
// expect: 2024-01-31T05:00:00.000Z
// expect: 2020-01-01 1 1 2020 2020 52 53 1 2020-01 2020-01
// expect: 2020-12-31 1 53 2021 2020 52 53 366 2021-01 2020-53
// expect: 2021-01-01 1 53 2021 2020 52 52 1 2021-01 2020-53
// expect: 2021-01-03 2 53 2021 2020 52 52 3 2021-02 2020-53
// expect: 2021-01-04 2 1 2021 2021 52 52 4 2021-02 2021-01
// expect: 2024-12-29 1 52 2025 2024 52 52 364 2025-01 2024-52
// expect: 2024-12-30 1 1 2025 2025 52 52 365 2025-01 2025-01
// expect: 2026-12-31 1 53 2027 2026 52 53 365 2027-01 2026-53
// expect: 2027-01-01 1 53 2027 2026 52 52 1 2027-01 2026-53
// expect: 2016-01-01 1 53 2016 2015 53 52 1 2016-01 2015-53
// expect: 1900 false 28
// expect: 2000 true 29
// expect: 2023 false 28
// expect: 2024 true 29
// expect: 2100 false 28
// expect: NaN NaN NaN NaN NaN false NaN false
// expect: 0099-01-31T10:00:00.000Z 0000-01-31T10:00:00.000Z 0096-02-29T00:00:00.000Z 0097-02-28T00:00:00.000Z
