// expect error: TypeError: 5 is not iterable
for (const x of 5) {}
