// Creating moments from dates, numbers, arrays, objects and other moments.
const moment = require('moment');
const show = (m) => console.log(m.isValid(), m.isValid() ? m.toISOString() : String(m));
show(moment());
show(moment(new Date(Date.UTC(2020, 1, 29, 12))));
show(moment(0)); show(moment(-1)); show(moment(1.5)); show(moment(NaN)); show(moment(Infinity));
show(moment([2023])); show(moment([2023, 1])); show(moment([2023, 1, 28, 23, 59, 59, 999])); show(moment([2023, 1, 29]));
show(moment([2023, 12])); show(moment(['2023', '5', '6'])); show(moment([99, 0, 1])); show(moment([2023, 0, 1, 24]));
show(moment([2023, 0, 1, 24, 1])); show(moment([2023, 0, 1, 12, 60]));
show(moment({ year: 2022, month: 3, day: 5, hour: 15, minute: 10, second: 3, millisecond: 123 }));
show(moment({ y: 2022, M: 3, d: 5 })); show(moment({ years: 2022, months: 11, date: 31 })); show(moment({ hour: 5 }));
show(moment({ year: 2022, month: '3', date: '7' })); show(moment({ year: 2022, month: 1, date: 30 }));
show(moment({ foo: 1 }));
const original = moment.utc('2023-05-06T07:08:09Z');
const copy = moment(original);
copy.add(1, 'day');
show(original); show(copy);
console.log(moment.isMoment(copy), moment.isMoment(new Date()), moment.isMoment(null), moment.isMoment({ _isAMomentObject: true }));
console.log(moment.isDate(new Date()), moment.isDate('2023'), moment.isDate(copy));
show(moment.unix(1700000000)); show(moment.unix(1.5)); console.log(moment.unix(1700000000).unix(), moment(1700000000999).unix());
show(moment.utc()); show(moment.utc([2023, 4, 6])); show(moment.utc({ year: 2001 })); show(moment.utc(1e12));
show(moment.utc('2023-11-14T10:00:00+02:00')); console.log(moment.utc().isUTC(), moment().isUTC(), moment().isLocal());
console.log(typeof moment.now(), moment.now(), moment.version, moment.locale(), moment.locale('fr'));
const max = moment.max(moment('2020-01-01'), moment('2021-01-01'), moment('2019-01-01'));
const min = moment.min([moment('2020-01-01'), moment('2021-01-01'), moment('2019-01-01')]);
console.log(max.format('YYYY'), min.format('YYYY'), moment.max().format('YYYY'), moment.max(moment('2020-01-01'), moment.invalid()).isValid());
console.log(moment.invalid().isValid(), moment.invalid().toISOString(), JSON.stringify(moment.invalid()), moment.invalid().valueOf());
console.log(JSON.stringify({ when: moment.utc('2023-01-02T03:04:05.006Z') }));
console.log(moment('2023-05-06').toDate() instanceof Date, moment('2023-05-06').toDate().toISOString());
console.log(JSON.stringify(moment.utc('2023-05-06T07:08:09.010Z').toArray()), JSON.stringify(moment.utc('2023-05-06T07:08:09.010Z').toObject()));
console.log(moment.utc('2023-05-06T07:08:09.010Z').valueOf(), +moment.utc('2023-05-06'), moment.utc('2023-05-06') - moment.utc('2023-05-05'));
console.log(moment.months().join(), moment.monthsShort(0), moment.weekdays(1), moment.weekdaysShort().length, moment.weekdaysMin(6));
console.log(moment.normalizeUnits('Y'), moment.normalizeUnits('days'), moment.normalizeUnits('ms'), moment.normalizeUnits('foo'));
// expect: true 2023-11-14T22:13:20.000Z
// expect: true 2020-02-29T12:00:00.000Z
// expect: true 1970-01-01T00:00:00.000Z
// expect: true 1969-12-31T23:59:59.999Z
// expect: true 1970-01-01T00:00:00.001Z
// expect: false Invalid date
// expect: false Invalid date
// expect: true 2023-01-01T00:00:00.000Z
// expect: true 2023-02-01T00:00:00.000Z
// expect: true 2023-02-28T23:59:59.999Z
// expect: false Invalid date
// expect: false Invalid date
// expect: true 2023-06-06T00:00:00.000Z
// expect: true 0099-01-01T00:00:00.000Z
// expect: true 2023-01-02T00:00:00.000Z
// expect: false Invalid date
// expect: false Invalid date
// expect: true 2022-04-05T15:10:03.123Z
// expect: true 2022-04-05T00:00:00.000Z
// expect: true 2022-12-31T00:00:00.000Z
// expect: true 2023-11-14T05:00:00.000Z
// expect: true 2022-04-07T00:00:00.000Z
// expect: false Invalid date
// expect: true 2023-11-14T00:00:00.000Z
// expect: true 2023-05-06T07:08:09.000Z
// expect: true 2023-05-07T07:08:09.000Z
// expect: true false false true
// expect: true false false
// expect: true 2023-11-14T22:13:20.000Z
// expect: true 1970-01-01T00:00:01.500Z
// expect: 1700000000 1700000000
// expect: true 2023-11-14T22:13:20.000Z
// expect: true 2023-05-06T00:00:00.000Z
// expect: true 2001-01-01T00:00:00.000Z
// expect: true 2001-09-09T01:46:40.000Z
// expect: true 2023-11-14T08:00:00.000Z
// expect: true false true
// expect: number 1700000000000 2.30.1 en en
// expect: 2021 2019 2023 false
// expect: false null null NaN
// expect: {"when":"2023-01-02T03:04:05.006Z"}
// expect: true 2023-05-06T00:00:00.000Z
// expect: [2023,4,6,7,8,9,10] {"years":2023,"months":4,"date":6,"hours":7,"minutes":8,"seconds":9,"milliseconds":10}
// expect: 1683356889010 1683331200000 86400000
// expect: January,February,March,April,May,June,July,August,September,October,November,December Jan Monday 7 Sa
// expect: year day millisecond undefined
