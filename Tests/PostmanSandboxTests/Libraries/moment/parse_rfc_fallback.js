// RFC 2822 strings, the Date-constructor fallback for other strings, and invalid input.
const moment = require('moment');
const inputs = ['Tue, 14 Nov 2023 10:20:30 GMT', 'Tue, 14 Nov 2023 10:20:30 +0100', '14 Nov 2023 10:20 EST',
  'Mon, 14 Nov 2023 10:20:30 GMT', 'Tue, 14 Nov 23 10:20:30 Z', '14 Nov 99 10:20:30 PDT', 'Tue, 14 Nov 2023 10:20:30 (comment) GMT',
  'Tue,  14   Nov 2023 10:20:30 GMT', '1 Jan 2024 00:00:00 UT', '14 Nov 2023 10:20:30 CST',
  '', 'garbage', '2023-11-14T10:20:30.000Z trailing'];
for (const s of inputs) {
  const m = moment(s);
  console.log(JSON.stringify(s), m.isValid(), m.isValid() ? m.toISOString() : m.format());
}
console.log(moment(null).isValid(), moment(undefined).isValid(), moment('').isValid(), moment({}).isValid(), moment([]).isValid());
console.log(moment('2023-11-14', true).isValid(), moment('Nov 14 2023', true).isValid());
// expect: "Tue, 14 Nov 2023 10:20:30 GMT" true 2023-11-14T10:20:30.000Z
// expect: "Tue, 14 Nov 2023 10:20:30 +0100" true 2023-11-14T09:20:30.000Z
// expect: "14 Nov 2023 10:20 EST" true 2023-11-14T15:20:00.000Z
// expect: "Mon, 14 Nov 2023 10:20:30 GMT" false Invalid date
// expect: "Tue, 14 Nov 23 10:20:30 Z" true 2023-11-14T10:20:30.000Z
// expect: "14 Nov 99 10:20:30 PDT" true 1999-11-14T17:20:30.000Z
// expect: "Tue, 14 Nov 2023 10:20:30 (comment) GMT" true 2023-11-14T10:20:30.000Z
// expect: "Tue,  14   Nov 2023 10:20:30 GMT" true 2023-11-14T10:20:30.000Z
// expect: "1 Jan 2024 00:00:00 UT" true 2024-01-01T00:00:00.000Z
// expect: "14 Nov 2023 10:20:30 CST" true 2023-11-14T16:20:30.000Z
// expect: "" false Invalid date
// expect: "garbage" false Invalid date
// expect: "2023-11-14T10:20:30.000Z trailing" false Invalid date
// expect: false true false true true
// expect: true false
