// moment(string, format, true): the whole string must match the format exactly.
const moment = require('moment');
const cases = [
  ['2023-11-14', 'YYYY-MM-DD'], ['2023-11-4', 'YYYY-MM-DD'], ['2023-11-4', 'YYYY-MM-D'], ['2023/11/14', 'YYYY-MM-DD'],
  ['2023-11-14 ', 'YYYY-MM-DD'], ['14 Nov 2023', 'DD MMM YYYY'], ['14 November 2023', 'DD MMM YYYY'],
  ['14 November 2023', 'DD MMMM YYYY'], ['1:05 PM', 'h:mm A'], ['01:05 PM', 'h:mm A'], ['13:05', 'h:mm'], ['13:05', 'H:mm'],
  ['0:05', 'H:mm'], ['00:05', 'H:mm'], ['23', 'YY'], ['2023', 'YY'], ['14th', 'Do'], ['14', 'Do'], ['10:20:30.12', 'HH:mm:ss.SS'],
  ['10:20:30.12', 'HH:mm:ss.SSS'], ['Tue', 'ddd'], ['Tuesday', 'ddd'], ['Tu', 'dd'], ['2023-11-14T10:20:30Z', 'YYYY-MM-DDTHH:mm:ssZ'],
  ['2023-11-14', 'YYYY-MM'], ['5', 'M'], ['05', 'M'], ['12:00', 'hh:mm'], ['2023-11-14', moment.ISO_8601],
  ['14.11.2023', moment.ISO_8601], ['Tue, 14 Nov 2023 10:20:30 GMT', moment.RFC_2822], ['2023-11-14', moment.RFC_2822],
];
for (const [input, format] of cases) {
  const m = moment(input, format, true);
  console.log(JSON.stringify(input), typeof format === 'string' ? format : 'constant', m.isValid(), m.isValid() ? m.toISOString() : m.format());
}
// an array of formats picks the best match
const formats = ['DD/MM/YYYY', 'YYYY-MM-DD', 'MMMM D YYYY'];
for (const s of ['14/11/2023', '2023-11-14', 'November 14 2023', 'nope']) {
  const m = moment(s, formats);
  console.log(s, m.isValid(), m.format('YYYY-MM-DD'));
}
console.log(moment('2023-11-14', ['MM-DD-YYYY', 'YYYY-MM-DD'], true).format('YYYY-MM-DD'));
console.log(moment('2023-11-14', []).isValid(), moment.utc('14/11/2023 10:00', 'DD/MM/YYYY HH:mm').toISOString());
console.log(moment('2023-11-14', 'YYYY-MM-DD', 'en', true).isValid(), moment('2023-11-14x', 'YYYY-MM-DD', 'en', true).isValid());
// expect: "2023-11-14" YYYY-MM-DD true 2023-11-14T00:00:00.000Z
// expect: "2023-11-4" YYYY-MM-DD false Invalid date
// expect: "2023-11-4" YYYY-MM-D true 2023-11-04T00:00:00.000Z
// expect: "2023/11/14" YYYY-MM-DD false Invalid date
// expect: "2023-11-14 " YYYY-MM-DD false Invalid date
// expect: "14 Nov 2023" DD MMM YYYY true 2023-11-14T00:00:00.000Z
// expect: "14 November 2023" DD MMM YYYY false Invalid date
// expect: "14 November 2023" DD MMMM YYYY true 2023-11-14T00:00:00.000Z
// expect: "1:05 PM" h:mm A true 2023-11-14T13:05:00.000Z
// expect: "01:05 PM" h:mm A false Invalid date
// expect: "13:05" h:mm false Invalid date
// expect: "13:05" H:mm true 2023-11-14T13:05:00.000Z
// expect: "0:05" H:mm true 2023-11-14T00:05:00.000Z
// expect: "00:05" H:mm false Invalid date
// expect: "23" YY true 2023-01-01T00:00:00.000Z
// expect: "2023" YY false Invalid date
// expect: "14th" Do true 2023-11-14T00:00:00.000Z
// expect: "14" Do false Invalid date
// expect: "10:20:30.12" HH:mm:ss.SS true 2023-11-14T10:20:30.120Z
// expect: "10:20:30.12" HH:mm:ss.SSS false Invalid date
// expect: "Tue" ddd true 2023-11-14T00:00:00.000Z
// expect: "Tuesday" ddd false Invalid date
// expect: "Tu" dd true 2023-11-14T00:00:00.000Z
// expect: "2023-11-14T10:20:30Z" YYYY-MM-DDTHH:mm:ssZ true 2023-11-14T10:20:30.000Z
// expect: "2023-11-14" YYYY-MM false Invalid date
// expect: "5" M true 2023-05-01T00:00:00.000Z
// expect: "05" M false Invalid date
// expect: "12:00" hh:mm true 2023-11-14T12:00:00.000Z
// expect: "2023-11-14" constant true 2023-11-14T00:00:00.000Z
// expect: "14.11.2023" constant false Invalid date
// expect: "Tue, 14 Nov 2023 10:20:30 GMT" constant true 2023-11-14T10:20:30.000Z
// expect: "2023-11-14" constant false Invalid date
// expect: 14/11/2023 true 2023-11-14
// expect: 2023-11-14 true 2023-11-14
// expect: November 14 2023 true 2023-11-14
// expect: nope false Invalid date
// expect: 2023-11-14
// expect: false 2023-11-14T10:00:00.000Z
// expect: true false
