// expect error: TypeError: Right-hand side of 'instanceof' is not callable
({}) instanceof {};
