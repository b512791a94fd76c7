// ISO 8601 strings in every form moment accepts, and some it does not.
const moment = require('moment');
const inputs = ['2023-11-14', '2023-11-14T10:20', '2023-11-14T10:20:30', '2023-11-14T10:20:30.123', '2023-11-14T10:20:30,5',
  '2023-11-14 10:20:30', '2023-11-14T10:20:30Z', '2023-11-14T10:20:30.123456Z', '2023-11-14T10:20:30+05:30',
  '2023-11-14T10:20:30-0800', '2023-11-14T10:20:30+01', '2023-11-14T10', '2023-11-14T1020', '2023-11-14T102030',
  '2023-11', '2023', '20231114', '20231114T102030', '20231114T102030Z', '2023-W46', '2023-W46-2', '2023W462',
  '2023-318', '2023318', '+002023-11-14', '-000001-01-01', '2023-02-29', '2023-13-01', '2023-11-31', '2023-11-14T25:00',
  '2023-11-14T24:00', '2023-11-14T24:00:00', '2023-11-14T23:60', ' 2023-11-14', '2023-11-14 ', '2023-W53', '2020-W53-7',
  '2023-11-14T10:20:30 Z', '202311', '2023-11-14T10:20:30.', '2023-11-14T10:20:30+5:30', '0000-01-01',
  '0099-06-15T12:00:00Z', '/Date(1700000000000)/', 'Date(1234)'];
for (const s of inputs) {
  const m = moment(s);
  console.log(JSON.stringify(s), m.isValid(), m.isValid() ? m.toISOString() : m.format(), m.utcOffset() === 0);
}
// expect: "2023-11-14" true 2023-11-14T00:00:00.000Z true
// expect: "2023-11-14T10:20" true 2023-11-14T10:20:00.000Z true
// expect: "2023-11-14T10:20:30" true 2023-11-14T10:20:30.000Z true
// expect: "2023-11-14T10:20:30.123" true 2023-11-14T10:20:30.123Z true
// expect: "2023-11-14T10:20:30,5" true 2023-11-14T10:20:30.500Z true
// expect: "2023-11-14 10:20:30" true 2023-11-14T10:20:30.000Z true
// expect: "2023-11-14T10:20:30Z" true 2023-11-14T10:20:30.000Z true
// expect: "2023-11-14T10:20:30.123456Z" true 2023-11-14T10:20:30.123Z true
// expect: "2023-11-14T10:20:30+05:30" true 2023-11-14T04:50:30.000Z true
// expect: "2023-11-14T10:20:30-0800" true 2023-11-14T18:20:30.000Z true
// expect: "2023-11-14T10:20:30+01" true 2023-11-14T09:20:30.000Z true
// expect: "2023-11-14T10" true 2023-11-14T10:00:00.000Z true
// expect: "2023-11-14T1020" false Invalid date false
// expect: "2023-11-14T102030" false Invalid date false
// expect: "2023-11" true 2023-11-01T00:00:00.000Z true
// expect: "2023" true 2023-01-01T00:00:00.000Z true
// expect: "20231114" true 2023-11-14T00:00:00.000Z true
// expect: "20231114T102030" true 2023-11-14T10:20:30.000Z true
// expect: "20231114T102030Z" true 2023-11-14T10:20:30.000Z true
// expect: "2023-W46" true 2023-11-13T00:00:00.000Z true
// expect: "2023-W46-2" true 2023-11-14T00:00:00.000Z true
// expect: "2023W462" true 2023-11-14T00:00:00.000Z true
// expect: "2023-318" true 2023-11-14T00:00:00.000Z true
// expect: "2023318" true 2023-11-14T00:00:00.000Z true
// expect: "+002023-11-14" true 2023-11-14T00:00:00.000Z true
// expect: "-000001-01-01" true -000001-01-01T00:00:00.000Z true
// expect: "2023-02-29" false Invalid date false
// expect: "2023-13-01" false Invalid date false
// expect: "2023-11-31" false Invalid date false
// expect: "2023-11-14T25:00" false Invalid date false
// expect: "2023-11-14T24:00" true 2023-11-15T00:00:00.000Z true
// expect: "2023-11-14T24:00:00" true 2023-11-15T00:00:00.000Z true
// expect: "2023-11-14T23:60" false Invalid date false
// expect: " 2023-11-14" true 2023-11-14T00:00:00.000Z true
// expect: "2023-11-14 " true 2023-11-14T00:00:00.000Z true
// expect: "2023-W53" false Invalid date false
// expect: "2020-W53-7" true 2021-01-03T00:00:00.000Z true
// expect: "2023-11-14T10:20:30 Z" true 2023-11-14T10:20:30.000Z true
// expect: "202311" true 2023-11-01T00:00:00.000Z true
// expect: "2023-11-14T10:20:30." false Invalid date false
// expect: "2023-11-14T10:20:30+5:30" false Invalid date false
// expect: "0000-01-01" true 0000-01-01T00:00:00.000Z true
// expect: "0099-06-15T12:00:00Z" true 0099-06-15T12:00:00.000Z true
// expect: "/Date(1700000000000)/" true 2023-11-14T22:13:20.000Z true
// expect: "Date(1234)" true 1970-01-01T00:00:01.234Z true
