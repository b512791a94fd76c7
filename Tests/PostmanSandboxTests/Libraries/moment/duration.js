// moment.duration: creation, getters, as*, add/subtract, ISO strings.
const moment = require('moment');
const describe = (d) => console.log(d.isValid(), JSON.stringify([d.years(), d.months(), d.weeks(), d.days(), d.hours(), d.minutes(), d.seconds(), d.milliseconds()]),
  d.asMilliseconds(), +d.asSeconds().toFixed(6), +d.asMinutes().toFixed(6), +d.asHours().toFixed(6), +d.asDays().toFixed(6), +d.asWeeks().toFixed(6),
  +d.asMonths().toFixed(6), +d.asQuarters().toFixed(6), +d.asYears().toFixed(6), d.toISOString());
describe(moment.duration(100)); describe(moment.duration(123456789)); describe(moment.duration(-123456789)); describe(moment.duration(0));
describe(moment.duration(2, 'hours')); describe(moment.duration(1.5, 'days')); describe(moment.duration(3, 'months')); describe(moment.duration(2, 'y'));
describe(moment.duration(1, 'Q')); describe(moment.duration(2, 'weeks')); describe(moment.duration('3', 'minutes')); describe(moment.duration(5, 'bogus'));
describe(moment.duration({ years: 1, months: 2, weeks: 1, days: 3, hours: 4, minutes: 5, seconds: 6, milliseconds: 7 }));
describe(moment.duration({ days: -1, hours: 25 })); describe(moment.duration({ M: 1, d: -1 })); describe(moment.duration({ h: 1.5, m: 2 }));
describe(moment.duration({ h: 1, m: 2.5 })); describe(moment.duration({ date: 1 })); describe(moment.duration({ hours: 'x' }));
for (const s of ['P1Y2M3DT4H5M6S', 'P1W', 'PT36H', 'P0.5Y', 'PT1,5S', '-P1D', 'P-1DT1H', 'PT0S', 'P', 'P1Y2M3W4D', 'PT', '1.02:03:04.005',
  '23:59', '-01:30:15', '12:00:00.5', 'nonsense', '', ' 42 ', '1e3']) {
  console.log(JSON.stringify(s)); describe(moment.duration(s));
}
describe(moment.duration()); describe(moment.duration(null)); describe(moment.duration(moment.duration(90, 'minutes')));
describe(moment.duration({ from: moment.utc('2023-01-31'), to: moment.utc('2023-03-01T12:00:00Z') }));
const d = moment.duration(1, 'day');
describe(d.add(2, 'hours')); describe(d.add({ months: 1 })); describe(d.subtract(moment.duration(3, 'days'))); describe(d.subtract('PT1H'));
describe(d.clone().abs()); describe(moment.duration(-5000).abs());
const e = moment.duration(90061001);
console.log(e.get('d'), e.get('hours'), e.get('m'), e.get('s'), e.get('ms'), e.get('y'), e.get('M'), e.get('w'));
console.log(e.as('h'), e.as('days'), e.as('ms'), String(moment.duration(1500)), JSON.stringify(moment.duration({ d: 1, s: 1 })), +moment.duration(2, 's'));
try { e.as('bogus'); } catch (err) { console.log(err.message); }
console.log(moment.isDuration(e), moment.isDuration(5), moment.duration(NaN).isValid(), moment.duration(NaN).humanize());
console.log(moment.duration(1, 'M').toISOString(), moment.duration(-1, 'M').add(1, 'd').toISOString(), moment.duration({ M: -1, d: 40 }).toISOString());
// expect: true [0,0,0,0,0,0,0,100] 100 0.1 0.001667 0.000028 0.000001 0 0 0 0 PT0.1S
// expect: true [0,0,0,1,10,17,36,789] 123456789 123456.789 2057.61315 34.293552 1.428898 0.204128 0.046946 0.015649 0.003912 PT34H17M36.789S
// expect: true [0,0,0,-1,-10,-17,-36,-789] -123456789 -123456.789 -2057.61315 -34.293552 -1.428898 -0.204128 -0.046946 -0.015649 -0.003912 -PT34H17M36.789S
// expect: true [0,0,0,0,0,0,0,0] 0 0 0 0 0 0 0 0 0 P0D
// expect: true [0,0,0,0,2,0,0,0] 7200000 7200 120 2 0.083333 0.011905 0.002738 0.000913 0.000228 PT2H
// expect: true [0,0,0,1.5,0,0,0,0] 129600000 129600 2160 36 1.5 0.214286 0.049282 0.016427 0.004107 P1.5D
// expect: true [0,3,0,0,0,0,0,0] 7862400000 7862400 131040 2184 91 13 3 1 0.25 P3M
// expect: true [2,0,0,0,0,0,0,0] 63072000000 63072000 1051200 17520 730 104.285714 24 8 2 P2Y
// expect: true [0,3,0,0,0,0,0,0] 7862400000 7862400 131040 2184 91 13 3 1 0.25 P3M
// expect: true [0,0,2,14,0,0,0,0] 1209600000 1209600 20160 336 14 2 0.459968 0.153323 0.038331 P14D
// expect: true [0,0,0,0,0,3,0,0] 180000 180 3 0.05 0.002083 0.000298 0.000068 0.000023 0.000006 PT3M
// expect: true [0,0,0,0,0,0,0,0] 0 0 0 0 0 0 0 0 0 P0D
// expect: true [1,2,1,10,4,5,6,7] 37685106007 37685106.007 628085.100117 10468.085002 436.170208 62.31003 14.334141 4.778047 1.194512 P1Y2M10DT4H5M6.007S
// expect: true [0,0,0,0,1,0,0,0] 3600000 3600 60 1 0.041667 0.005952 0.001369 0.000456 0.000114 P-1DT25H
// expect: true [0,0,4,30,0,0,0,0] 2505600000 2505600 41760 696 29 4.142857 0.967145 0.322382 0.080595 P1M-1D
// expect: false [null,null,null,null,null,null,null,null] NaN NaN NaN NaN NaN NaN NaN NaN NaN Invalid date
// expect: true [0,0,0,0,1,2,30,0] 3750000 3750 62.5 1.041667 0.043403 0.0062 0.001426 0.000475 0.000119 PT1H2M30S
// expect: false [null,null,null,null,null,null,null,null] NaN NaN NaN NaN NaN NaN NaN NaN NaN Invalid date
// expect: false [null,null,null,null,null,null,null,null] NaN NaN NaN NaN NaN NaN NaN NaN NaN Invalid date
// expect: "P1Y2M3DT4H5M6S"
// expect: true [1,2,0,3,4,5,6,0] 37080306000 37080306 618005.1 10300.085 429.170208 61.31003 14.104157 4.701386 1.175346 P1Y2M3DT4H5M6S
// expect: "P1W"
// expect: true [0,0,1,7,0,0,0,0] 604800000 604800 10080 168 7 1 0.229984 0.076661 0.019165 P7D
// expect: "PT36H"
// expect: true [0,0,0,1,12,0,0,0] 129600000 129600 2160 36 1.5 0.214286 0.049282 0.016427 0.004107 PT36H
// expect: "P0.5Y"
// expect: true [0,6,0,0,0,0,0,0] 15811200000 15811200 263520 4392 183 26.142857 6 2 0.5 P6M
// expect: "PT1,5S"
// expect: true [0,0,0,0,0,0,1,500] 1500 1.5 0.025 0.000417 0.000017 0.000002 0.000001 0 0 PT1.5S
// expect: "-P1D"
// expect: true [0,0,0,-1,0,0,0,0] -86400000 -86400 -1440 -24 -1 -0.142857 -0.032855 -0.010952 -0.002738 -P1D
// expect: "P-1DT1H"
// expect: true [0,0,0,0,-23,0,0,0] -82800000 -82800 -1380 -23 -0.958333 -0.136905 -0.031486 -0.010495 -0.002624 -P1DT-1H
// expect: "PT0S"
// expect: true [0,0,0,0,0,0,0,0] 0 0 0 0 0 0 0 0 0 P0D
// expect: "P"
// expect: true [0,0,0,0,0,0,0,0] 0 0 0 0 0 0 0 0 0 P0D
// expect: "P1Y2M3W4D"
// expect: true [1,2,3,25,0,0,0,0] 38966400000 38966400 649440 10824 451 64.428571 14.821372 4.940457 1.235114 P1Y2M25D
// expect: "PT"
// expect: true [0,0,0,0,0,0,0,0] 0 0 0 0 0 0 0 0 0 P0D
// expect: "1.02:03:04.005"
// expect: true [0,0,0,1,2,3,4,5] 93784005 93784.005 1563.06675 26.051112 1.085463 0.155066 0.035663 0.011888 0.002972 P1DT2H3M4.005S
// expect: "23:59"
// expect: true [0,0,0,0,23,59,0,0] 86340000 86340 1439 23.983333 0.999306 0.142758 0.032832 0.010944 0.002736 PT23H59M
// expect: "-01:30:15"
// expect: true [0,0,0,0,-1,-30,-15,0] -5415000 -5415 -90.25 -1.504167 -0.062674 -0.008953 -0.002059 -0.000686 -0.000172 -PT1H30M15S
// expect: "12:00:00.5"
// expect: true [0,0,0,0,12,0,0,500] 43200500 43200.5 720.008333 12.000139 0.500006 0.071429 0.016428 0.005476 0.001369 PT12H0.5S
// expect: "nonsense"
// expect: true [0,0,0,0,0,0,0,0] 0 0 0 0 0 0 0 0 0 P0D
// expect: ""
// expect: true [0,0,0,0,0,0,0,0] 0 0 0 0 0 0 0 0 0 P0D
// expect: " 42 "
// expect: true [0,0,0,0,0,0,0,42] 42 0.042 0.0007 0.000012 0 0 0 0 0 PT0.042S
// expect: "1e3"
// expect: true [0,0,0,0,0,0,1,0] 1000 1 0.016667 0.000278 0.000012 0.000002 0 0 0 PT1S
// expect: true [0,0,0,0,0,0,0,0] 0 0 0 0 0 0 0 0 0 P0D
// expect: true [0,0,0,0,0,0,0,0] 0 0 0 0 0 0 0 0 0 P0D
// expect: true [0,0,0,0,1,30,0,0] 5400000 5400 90 1.5 0.0625 0.008929 0.002053 0.000684 0.000171 PT1H30M
// expect: true [0,1,0,1,12,0,0,0] 2721600000 2721600 45360 756 31.5 4.5 1.049282 0.349761 0.08744 P1MT36H
// expect: true [0,0,0,1,2,0,0,0] 93600000 93600 1560 26 1.083333 0.154762 0.035593 0.011864 0.002966 P1DT2H
// expect: true [0,1,0,1,2,0,0,0] 2685600000 2685600 44760 746 31.083333 4.440476 1.035593 0.345198 0.086299 P1M1DT2H
// expect: true [0,0,4,29,2,0,0,0] 2426400000 2426400 40440 674 28.083333 4.011905 0.937028 0.312343 0.078086 P1M-2DT2H
// expect: true [0,0,4,29,1,0,0,0] 2422800000 2422800 40380 673 28.041667 4.005952 0.935659 0.311886 0.077972 P1M-2DT1H
// expect: true [0,0,4,29,1,0,0,0] 2768400000 2768400 46140 769 32.041667 4.577381 1.067079 0.355693 0.088923 P1M2DT1H
// expect: true [0,0,0,0,0,0,5,0] 5000 5 0.083333 0.001389 0.000058 0.000008 0.000002 0.000001 0 PT5S
// expect: 1 1 1 1 1 0 0 0
// expect: 25.016944722222224 1.0423726967592593 90061001 PT1.5S "P1DT1S" 2000
// expect: Unknown unit undefined
// expect: true false false Invalid date
// expect: P1M -P1M-1D P-1M40D
