// Each pm.test below is checked against the `// expect:` line after it: `pass` or the failure message.
// The messages are chai 4.4.1's own output for the same assertions.

pm.test('case 1', function () { pm.expect(x.y) });
// expect: ReferenceError: x is not defined
