// expect error: TypeError: Assignment to constant variable.
for (const i = 0; i < 2; i++) {}
