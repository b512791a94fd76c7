// expect error: TypeError: Constructor Map requires 'new'
Map();
