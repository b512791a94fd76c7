// moment(string, format): forgiving matching by default.
const moment = require('moment');
const cases = [
  ['14/11/2023', 'DD/MM/YYYY'], ['2023-11-14 10:20', 'YYYY-MM-DD HH:mm'], ['11-14-2023', 'MM-DD-YYYY'],
  ['14 Nov 2023', 'DD MMM YYYY'], ['November 14, 2023', 'MMMM D, YYYY'], ['14th of November 2023', 'Do [of] MMMM YYYY'],
  ['Tue 14 nov 23', 'ddd DD MMM YY'], ['10:20 pm', 'h:mm a'], ['12:05 AM', 'hh:mm A'], ['12:05 PM', 'hh:mm A'],
  ['1700000000', 'X'], ['1700000000.5', 'X'], ['1700000000123', 'x'], ['2023-318', 'YYYY-DDDD'], ['2023 Q3', 'YYYY [Q]Q'],
  ['5 2023', 'M YYYY'], ['2023/11/14', 'YYYY-MM-DD'], ['2023 11 14', 'YYYY-MM-DD'], ['20231114', 'YYYYMMDD'],
  ['10:20:30.123', 'HH:mm:ss.SSS'], ['10:20:30.1', 'HH:mm:ss.S'], ['10:20:30.123456', 'HH:mm:ss.SSSSSS'],
  ['2023-11-14T10:20:30+02:00', 'YYYY-MM-DDTHH:mm:ssZ'], ['2023-11-14 10:20 -0330', 'YYYY-MM-DD HH:mm ZZ'],
  ['68', 'YY'], ['69', 'YY'], ['Monday', 'dddd'], ['24:00', 'HH:mm'], ['k 24', '[k] k'], ['1020', 'Hmm'], ['102030', 'Hmmss'],
  ['920', 'hmm'], ['2023 46', 'gggg ww'], ['2023 46 3', 'GGGG WW E'], ['2023 46 4', 'gggg w e'], ['Friday 2023 46', 'dddd gggg w'],
  ['2023-02-30', 'YYYY-MM-DD'], ['2023-00-10', 'YYYY-MM-DD'], ['Foo 14 2023', 'MMM DD YYYY'], ['xx', 'YYYY'], ['', 'YYYY'],
  ['14 11 2023 extra', 'DD MM YYYY'], ['Nov', 'MMM'], ['2023', 'YYYY-MM'], ['13:00 pm', 'HH:mm a'], ['  2023-11-14', 'YYYY-MM-DD'],
  ['2023-11-14', 'L'], ['11/14/2023', 'L'], ['November 14, 2023 10:20 PM', 'LLL'], ['-2023', 'Y'], ['+010000-01-01', 'YYYYYY-MM-DD'],
];
for (const [input, format] of cases) {
  const m = moment(input, format);
  console.log(JSON.stringify(input), JSON.stringify(format), m.isValid(), m.isValid() ? m.toISOString() : m.format());
}
// expect: "14/11/2023" "DD/MM/YYYY" true 2023-11-14T00:00:00.000Z
// expect: "2023-11-14 10:20" "YYYY-MM-DD HH:mm" true 2023-11-14T10:20:00.000Z
// expect: "11-14-2023" "MM-DD-YYYY" true 2023-11-14T00:00:00.000Z
// expect: "14 Nov 2023" "DD MMM YYYY" true 2023-11-14T00:00:00.000Z
// expect: "November 14, 2023" "MMMM D, YYYY" true 2023-11-14T00:00:00.000Z
// expect: "14th of November 2023" "Do [of] MMMM YYYY" true 2023-11-14T00:00:00.000Z
// expect: "Tue 14 nov 23" "ddd DD MMM YY" true 2023-11-14T00:00:00.000Z
// expect: "10:20 pm" "h:mm a" true 2023-11-14T22:20:00.000Z
// expect: "12:05 AM" "hh:mm A" true 2023-11-14T00:05:00.000Z
// expect: "12:05 PM" "hh:mm A" true 2023-11-14T12:05:00.000Z
// expect: "1700000000" "X" true 2023-11-14T22:13:20.000Z
// expect: "1700000000.5" "X" true 2023-11-14T22:13:20.500Z
// expect: "1700000000123" "x" true 2023-11-14T22:13:20.123Z
// expect: "2023-318" "YYYY-DDDD" true 2023-11-14T00:00:00.000Z
// expect: "2023 Q3" "YYYY [Q]Q" true 2023-07-01T00:00:00.000Z
// expect: "5 2023" "M YYYY" true 2023-05-01T00:00:00.000Z
// expect: "2023/11/14" "YYYY-MM-DD" true 2023-11-14T00:00:00.000Z
// expect: "2023 11 14" "YYYY-MM-DD" true 2023-11-14T00:00:00.000Z
// expect: "20231114" "YYYYMMDD" true 2023-11-14T00:00:00.000Z
// expect: "10:20:30.123" "HH:mm:ss.SSS" true 2023-11-14T10:20:30.123Z
// expect: "10:20:30.1" "HH:mm:ss.S" true 2023-11-14T10:20:30.100Z
// expect: "10:20:30.123456" "HH:mm:ss.SSSSSS" true 2023-11-14T10:20:30.123Z
// expect: "2023-11-14T10:20:30+02:00" "YYYY-MM-DDTHH:mm:ssZ" true 2023-11-14T08:20:30.000Z
// expect: "2023-11-14 10:20 -0330" "YYYY-MM-DD HH:mm ZZ" true 2023-11-14T13:50:00.000Z
// expect: "68" "YY" true 2068-01-01T00:00:00.000Z
// expect: "69" "YY" true 1969-01-01T00:00:00.000Z
// expect: "Monday" "dddd" true 2023-11-13T00:00:00.000Z
// expect: "24:00" "HH:mm" true 2023-11-15T00:00:00.000Z
// expect: "k 24" "[k] k" true 2023-11-14T00:00:00.000Z
// expect: "1020" "Hmm" true 2023-11-14T10:20:00.000Z
// expect: "102030" "Hmmss" true 2023-11-14T10:20:30.000Z
// expect: "920" "hmm" true 2023-11-14T09:20:00.000Z
// expect: "2023 46" "gggg ww" true 2023-11-12T00:00:00.000Z
// expect: "2023 46 3" "GGGG WW E" true 2023-11-15T00:00:00.000Z
// expect: "2023 46 4" "gggg w e" true 2023-11-16T00:00:00.000Z
// expect: "Friday 2023 46" "dddd gggg w" true 2023-11-17T00:00:00.000Z
// expect: "2023-02-30" "YYYY-MM-DD" false Invalid date
// expect: "2023-00-10" "YYYY-MM-DD" false Invalid date
// expect: "Foo 14 2023" "MMM DD YYYY" false Invalid date
// expect: "xx" "YYYY" false Invalid date
// expect: "" "YYYY" false Invalid date
// expect: "14 11 2023 extra" "DD MM YYYY" true 2023-11-14T00:00:00.000Z
// expect: "Nov" "MMM" true 2023-11-01T00:00:00.000Z
// expect: "2023" "YYYY-MM" true 2023-01-01T00:00:00.000Z
// expect: "13:00 pm" "HH:mm a" true 2023-11-14T13:00:00.000Z
// expect: "  2023-11-14" "YYYY-MM-DD" true 2023-11-14T00:00:00.000Z
// expect: "2023-11-14" "L" false Invalid date
// expect: "11/14/2023" "L" true 2023-11-14T00:00:00.000Z
// expect: "November 14, 2023 10:20 PM" "LLL" true 2023-11-14T22:20:00.000Z
// expect: "-2023" "Y" true -002023-01-01T00:00:00.000Z
// expect: "+010000-01-01" "YYYYYY-MM-DD" true +010000-01-01T00:00:00.000Z
