// escape and unescape (Annex B), which libraries such as crypto-js use for UTF-8.
console.log(unescape('%41%u0042%zz%4'), unescape(escape('héllo ✓ 😀')) === 'héllo ✓ 😀');
console.log(decodeURIComponent(escape('h\u00c3\u00a9')), unescape('%'), unescape('%u12'), unescape.length);
console.log(new Date(0), [new Date(86400000)], { when: new Date(NaN) });
// expect: AB%zz%4 true
// expect: hé % %u12 1
// expect: 1970-01-01T00:00:00.000Z [ 1970-01-02T00:00:00.000Z ] { when: Invalid Date }
