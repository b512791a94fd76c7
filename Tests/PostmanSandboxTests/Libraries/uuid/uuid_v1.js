// uuid.v1 from the (fixed) clock: the time fields come from Date.now() and a counter within the millisecond;
// node and clock sequence are random unless given. Recorded with uuid 8.3.2 under node, clock fixed at
// 1700000000000.
var uuid = require('uuid');
var first = uuid.v1(), second = uuid.v1();
console.log(first.slice(0, 19), second.slice(0, 19), first.slice(19) === second.slice(19));
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(first), uuid.version(first));
console.log((parseInt(first.slice(24, 26), 16) & 1) === 1);
console.log(uuid.v1({ node: [1, 2, 3, 4, 5, 6], clockseq: 0x1234, msecs: 1700000000000, nsecs: 5678 }));
console.log(uuid.v1({ node: [0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff], clockseq: 0, msecs: 0, nsecs: 0 }));
console.log(uuid.v1({ node: [1, 2, 3, 4, 5, 6], clockseq: 0x3fff, msecs: new Date('2030-01-01T00:00:00Z').getTime() }));
console.log(uuid.v1({ node: [1, 2, 3, 4, 5, 6], clockseq: 7, msecs: -12219292800000, nsecs: 0 }));
var later = uuid.v1({ msecs: 1700000000001 });
console.log(later.slice(0, 19), later.slice(19) === first.slice(19));
var earlier = uuid.v1({ msecs: 1600000000000 });
console.log(earlier.slice(0, 19), earlier.slice(19, 23) !== first.slice(19, 23), earlier.slice(24) === first.slice(24));
var buffer = new Array(20);
uuid.v1({ node: [1, 2, 3, 4, 5, 6], clockseq: 1, msecs: 1700000000000, nsecs: 1 }, buffer, 4);
console.log(JSON.stringify(buffer));
try { uuid.v1({ nsecs: 10000 }); } catch (e) { console.log(e.message); }
// expect: 04afc000-833b-11ee- 04afc001-833b-11ee- true
// expect: true 1
// expect: true
// expect: 04afd62e-833b-11ee-9234-010203040506
// expect: 13814000-1dd2-11b2-8000-aabbccddeeff
// expect: de488000-62b3-11f5-bfff-010203040506
// expect: 00000000-0000-1000-8007-010203040506
// expect: 04afe710-833b-11ee- false
// expect: 5fe94000-f5bc-11ea- true true
// expect: [null,null,null,null,4,175,192,1,131,59,17,238,128,1,1,2,3,4,5,6]
// expect: uuid.v1(): Can't create more than 10M uuids/sec
