// Long date formats, escapes and the default format.
const moment = require('moment');
const m = moment.utc('2023-03-05T09:07:03.004Z');
for (const f of ['LT', 'LTS', 'L', 'LL', 'LLL', 'LLLL', 'l', 'll', 'lll', 'llll', 'L LT', '[Today is] dddd',
  '[L] L', 'YYYY [escaped] YYYY', '\\Y\\Y YYYY', '[[x]] YYYY', 'YYYY-MM-DDTHH:mm:ss', 'YYYYMMDD', 'dddd, MMMM Do YYYY, h:mm:ss a',
  'ddd, hA', '[week] w [of] gggg', 'LLLL [at] LT', 'Mo [month], Do [day]', '[unterminated', '%Y', 'hh:mm A ZZ']) {
  console.log(JSON.stringify(f), JSON.stringify(m.format(f)));
}
console.log(moment().format());
console.log(moment.utc().format());
console.log(moment().format(''));
console.log(moment().format(null));
console.log(moment(1700000000123).format());
console.log(moment.invalid().format(), moment('not a date at all').format('YYYY'));
console.log(moment.utc([-1, 0, 1]).format('YYYY Y YYYYYY N y'));
console.log(moment.utc([10000, 5, 1]).format('YYYY Y YYYYYY'));
console.log(moment.utc([12, 0, 1]).format('YYYY YY Y'));
console.log(String(moment.utc('2023-03-05T09:07:03Z')), moment().toString());
// expect: "LT" "9:07 AM"
// expect: "LTS" "9:07:03 AM"
// expect: "L" "03/05/2023"
// expect: "LL" "March 5, 2023"
// expect: "LLL" "March 5, 2023 9:07 AM"
// expect: "LLLL" "Sunday, March 5, 2023 9:07 AM"
// expect: "l" "3/5/2023"
// expect: "ll" "Mar 5, 2023"
// expect: "lll" "Mar 5, 2023 9:07 AM"
// expect: "llll" "Sun, Mar 5, 2023 9:07 AM"
// expect: "L LT" "03/05/2023 9:07 AM"
// expect: "[Today is] dddd" "Today is Sunday"
// expect: "[L] L" "L 03/05/2023"
// expect: "YYYY [escaped] YYYY" "2023 escaped 2023"
// expect: "\\Y\\Y YYYY" "YY 2023"
// expect: "[[x]] YYYY" "[x] 2023"
// expect: "YYYY-MM-DDTHH:mm:ss" "2023-03-05T09:07:03"
// expect: "YYYYMMDD" "20230305"
// expect: "dddd, MMMM Do YYYY, h:mm:ss a" "Sunday, March 5th 2023, 9:07:03 am"
// expect: "ddd, hA" "Sun, 9AM"
// expect: "[week] w [of] gggg" "week 10 of 2023"
// expect: "LLLL [at] LT" "Sunday, March 5, 2023 9:07 AM at 9:07 AM"
// expect: "Mo [month], Do [day]" "3rd month, 5th day"
// expect: "[unterminated" "[unt0r7inamt00"
// expect: "%Y" "%2023"
// expect: "hh:mm A ZZ" "09:07 AM +0000"
// expect: 2023-11-14T22:13:20+00:00
// expect: 2023-11-14T22:13:20Z
// expect: 2023-11-14T22:13:20+00:00
// expect: 2023-11-14T22:13:20+00:00
// expect: 2023-11-14T22:13:20+00:00
// expect: Invalid date Invalid date
// expect: -0001 -0001 -000001 BC 2
// expect: 10000 +10000 +010000
// expect: 0012 12 0012
// expect: Sun Mar 05 2023 09:07:03 GMT+0000 Tue Nov 14 2023 22:13:20 GMT+0000
