// The module's statics, moment.fn extension, durations in JSON, and common Postman-script idioms.
const moment = require('moment');
console.log(typeof moment, typeof moment.fn, typeof moment.fn.format, typeof moment.duration.fn);
moment.fn.shortDay = function () { return this.format('dd'); };
console.log(moment.utc('2023-11-14').shortDay(), moment.ISO_8601 === moment.ISO_8601, moment.defaultFormat, moment.defaultFormatUtc);
console.log(moment.HTML5_FMT.DATETIME_LOCAL_MS, moment().format(moment.HTML5_FMT.WEEK), moment.parseTwoDigitYear('69'), moment.parseTwoDigitYear('68'));
console.log(moment().add(1, 'days').format('YYYY-MM-DD'), moment().subtract(7, 'd').toISOString(), moment().startOf('day').valueOf());
console.log(moment().format('YYYY-MM-DDTHH:mm:ss.SSS[Z]'), moment.utc().format('x'), moment().unix(), moment().toJSON());
console.log(moment('2023-11-14T22:13:20Z').isSame(moment(), 'second'), moment().diff(moment('2023-01-01'), 'days'));
const m = moment.utc('2023-11-14T22:13:20Z');
console.log(m.localeData().ordinal(3), m.localeData().longDateFormat('LLL'), m.localeData().months(m), m.locale(), m.locale('de') === m);
console.log(moment.localeData().weekdaysShort().join(','), moment.localeData().firstDayOfWeek(), moment.localeData().firstDayOfYear());
console.log(moment.relativeTimeThreshold('m', 50), moment.duration(48, 'minutes').humanize(), moment.relativeTimeThreshold('m', 45));
const d = moment.duration({ hours: 2, minutes: 30 });
console.log(`${moment.utc('2023-01-02')}`, `${d}`, JSON.stringify({ d }), d.locale(), d.humanize(), d.clone() !== d);
console.log(typeof m.valueOf, Object.keys(moment.utc('2023-01-01')).indexOf('format'), moment.utc('2023-01-01') < moment.utc('2023-01-02'));
const creation = moment.utc('2023-11-14', 'YYYY-MM-DD').creationData();
console.log(creation.input, creation.format, creation.isUTC, creation.strict);
console.log(moment('2023-13-45').invalidAt(), moment('2023-11-14').parsingFlags().iso, moment('14/11/2023', 'DD/MM/YYYY').parsingFlags().iso);
// expect: function object function object
// expect: Tu true YYYY-MM-DDTHH:mm:ssZ YYYY-MM-DDTHH:mm:ss[Z]
// expect: YYYY-MM-DDTHH:mm:ss.SSS 2023-W46 1969 2068
// expect: 2023-11-15 2023-11-07T22:13:20.000Z 1699920000000
// expect: 2023-11-14T22:13:20.000Z 1700000000000 1700000000 2023-11-14T22:13:20.000Z
// expect: true 317
// expect: 3rd MMMM D, YYYY h:mm A November en true
// expect: Sun,Mon,Tue,Wed,Thu,Fri,Sat 0 6
// expect: true 48 minutes true
// expect: Mon Jan 02 2023 00:00:00 GMT+0000 PT2H30M {"d":"PT2H30M"} en 3 hours true
// expect: function -1 true
// expect: 2023-11-14 YYYY-MM-DD true undefined
// expect: 1 true false
