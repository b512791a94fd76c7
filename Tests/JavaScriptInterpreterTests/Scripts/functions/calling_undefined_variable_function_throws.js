// expect error: ReferenceError: notDefinedFunction is not defined
notDefinedFunction();
