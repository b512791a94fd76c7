// expect error: ReferenceError: Cannot access 'inner' before initialization
{ console.log(inner); let inner = 5; }
