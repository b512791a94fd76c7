// expect error: RangeError: custom range problem
throw new RangeError("custom range problem");
