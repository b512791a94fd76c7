// format() with every token, on several instants (the clock is fixed at 2023-11-14T22:13:20.000Z).
const moment = require('moment');
const instants = [
  moment(),
  moment.utc('2024-01-01T00:00:00.000Z'),
  moment.utc('2021-01-03T12:05:09.007Z'),
  moment.utc('2020-12-31T23:59:59.999Z'),
  moment.utc('2027-01-01T13:00:00.050Z'),
  moment.utc([2016, 1, 29, 7, 4, 3, 120]),
];
const tokens = ['YYYY', 'YY', 'Y', 'YYYYY', 'YYYYYY', 'M', 'MM', 'MMM', 'MMMM', 'Mo', 'Q', 'Qo', 'D', 'DD', 'Do',
  'DDD', 'DDDD', 'DDDo', 'd', 'dd', 'ddd', 'dddd', 'do', 'e', 'E', 'w', 'ww', 'wo', 'W', 'WW', 'Wo', 'gg', 'gggg',
  'ggggg', 'GG', 'GGGG', 'GGGGG', 'H', 'HH', 'h', 'hh', 'k', 'kk', 'a', 'A', 'm', 'mm', 's', 'ss', 'S', 'SS', 'SSS',
  'SSSS', 'SSSSS', 'SSSSSS', 'SSSSSSS', 'SSSSSSSS', 'SSSSSSSSS', 'Z', 'ZZ', 'X', 'x', 'hmm', 'hmmss', 'Hmm', 'Hmmss',
  'z', 'zz', 'N', 'NNNN', 'y', 'yo'];
for (const m of instants) {
  console.log(tokens.map((t) => t + '=' + m.format(t)).join(' '));
}
// expect: YYYY=2023 YY=23 Y=2023 YYYYY=02023 YYYYYY=+002023 M=11 MM=11 MMM=Nov MMMM=November Mo=11th Q=4 Qo=4th D=14 DD=14 Do=14th DDD=318 DDDD=318 DDDo=318th d=2 dd=Tu ddd=Tue dddd=Tuesday do=2nd e=2 E=2 w=46 ww=46 wo=46th W=46 WW=46 Wo=46th gg=23 gggg=2023 ggggg=02023 GG=23 GGGG=2023 GGGGG=02023 H=22 HH=22 h=10 hh=10 k=22 kk=22 a=pm A=PM m=13 mm=13 s=20 ss=20 S=0 SS=00 SSS=000 SSSS=0000 SSSSS=00000 SSSSSS=000000 SSSSSSS=0000000 SSSSSSSS=00000000 SSSSSSSSS=000000000 Z=+00:00 ZZ=+0000 X=1700000000 x=1700000000000 hmm=1013 hmmss=101320 Hmm=2213 Hmmss=221320 z= zz= N=AD NNNN=Anno Domini y=2023 yo=2023rd
// expect: YYYY=2024 YY=24 Y=2024 YYYYY=02024 YYYYYY=+002024 M=1 MM=01 MMM=Jan MMMM=January Mo=1st Q=1 Qo=1st D=1 DD=01 Do=1st DDD=1 DDDD=001 DDDo=1st d=1 dd=Mo ddd=Mon dddd=Monday do=1st e=1 E=1 w=1 ww=01 wo=1st W=1 WW=01 Wo=1st gg=24 gggg=2024 ggggg=02024 GG=24 GGGG=2024 GGGGG=02024 H=0 HH=00 h=12 hh=12 k=24 kk=24 a=am A=AM m=0 mm=00 s=0 ss=00 S=0 SS=00 SSS=000 SSSS=0000 SSSSS=00000 SSSSSS=000000 SSSSSSS=0000000 SSSSSSSS=00000000 SSSSSSSSS=000000000 Z=+00:00 ZZ=+0000 X=1704067200 x=1704067200000 hmm=1200 hmmss=120000 Hmm=000 Hmmss=00000 z=UTC zz=Coordinated Universal Time N=AD NNNN=Anno Domini y=2024 yo=2024th
// expect: YYYY=2021 YY=21 Y=2021 YYYYY=02021 YYYYYY=+002021 M=1 MM=01 MMM=Jan MMMM=January Mo=1st Q=1 Qo=1st D=3 DD=03 Do=3rd DDD=3 DDDD=003 DDDo=3rd d=0 dd=Su ddd=Sun dddd=Sunday do=0th e=0 E=7 w=2 ww=02 wo=2nd W=53 WW=53 Wo=53rd gg=21 gggg=2021 ggggg=02021 GG=20 GGGG=2020 GGGGG=02020 H=12 HH=12 h=12 hh=12 k=12 kk=12 a=pm A=PM m=5 mm=05 s=9 ss=09 S=0 SS=00 SSS=007 SSSS=0070 SSSSS=00700 SSSSSS=007000 SSSSSSS=0070000 SSSSSSSS=00700000 SSSSSSSSS=007000000 Z=+00:00 ZZ=+0000 X=1609675509 x=1609675509007 hmm=1205 hmmss=120509 Hmm=1205 Hmmss=120509 z=UTC zz=Coordinated Universal Time N=AD NNNN=Anno Domini y=2021 yo=2021st
// expect: YYYY=2020 YY=20 Y=2020 YYYYY=02020 YYYYYY=+002020 M=12 MM=12 MMM=Dec MMMM=December Mo=12th Q=4 Qo=4th D=31 DD=31 Do=31st DDD=366 DDDD=366 DDDo=366th d=4 dd=Th ddd=Thu dddd=Thursday do=4th e=4 E=4 w=1 ww=01 wo=1st W=53 WW=53 Wo=53rd gg=21 gggg=2021 ggggg=02021 GG=20 GGGG=2020 GGGGG=02020 H=23 HH=23 h=11 hh=11 k=23 kk=23 a=pm A=PM m=59 mm=59 s=59 ss=59 S=9 SS=99 SSS=999 SSSS=9990 SSSSS=99900 SSSSSS=999000 SSSSSSS=9990000 SSSSSSSS=99900000 SSSSSSSSS=999000000 Z=+00:00 ZZ=+0000 X=1609459199 x=1609459199999 hmm=1159 hmmss=115959 Hmm=2359 Hmmss=235959 z=UTC zz=Coordinated Universal Time N=AD NNNN=Anno Domini y=2020 yo=2020th
// expect: YYYY=2027 YY=27 Y=2027 YYYYY=02027 YYYYYY=+002027 M=1 MM=01 MMM=Jan MMMM=January Mo=1st Q=1 Qo=1st D=1 DD=01 Do=1st DDD=1 DDDD=001 DDDo=1st d=5 dd=Fr ddd=Fri dddd=Friday do=5th e=5 E=5 w=1 ww=01 wo=1st W=53 WW=53 Wo=53rd gg=27 gggg=2027 ggggg=02027 GG=26 GGGG=2026 GGGGG=02026 H=13 HH=13 h=1 hh=01 k=13 kk=13 a=pm A=PM m=0 mm=00 s=0 ss=00 S=0 SS=05 SSS=050 SSSS=0500 SSSSS=05000 SSSSSS=050000 SSSSSSS=0500000 SSSSSSSS=05000000 SSSSSSSSS=050000000 Z=+00:00 ZZ=+0000 X=1798808400 x=1798808400050 hmm=100 hmmss=10000 Hmm=1300 Hmmss=130000 z=UTC zz=Coordinated Universal Time N=AD NNNN=Anno Domini y=2027 yo=2027th
// expect: YYYY=2016 YY=16 Y=2016 YYYYY=02016 YYYYYY=+002016 M=2 MM=02 MMM=Feb MMMM=February Mo=2nd Q=1 Qo=1st D=29 DD=29 Do=29th DDD=60 DDDD=060 DDDo=60th d=1 dd=Mo ddd=Mon dddd=Monday do=1st e=1 E=1 w=10 ww=10 wo=10th W=9 WW=09 Wo=9th gg=16 gggg=2016 ggggg=02016 GG=16 GGGG=2016 GGGGG=02016 H=7 HH=07 h=7 hh=07 k=7 kk=07 a=am A=AM m=4 mm=04 s=3 ss=03 S=1 SS=12 SSS=120 SSSS=1200 SSSSS=12000 SSSSSS=120000 SSSSSSS=1200000 SSSSSSSS=12000000 SSSSSSSSS=120000000 Z=+00:00 ZZ=+0000 X=1456729443 x=1456729443120 hmm=704 hmmss=70403 Hmm=704 Hmmss=70403 z=UTC zz=Coordinated Universal Time N=AD NNNN=Anno Domini y=2016 yo=2016th
