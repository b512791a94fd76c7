// expect error: TypeError: Cannot read properties of undefined (reading 'y')
function level1() { return level2(); } function level2() { return [].x.y; } level1();
