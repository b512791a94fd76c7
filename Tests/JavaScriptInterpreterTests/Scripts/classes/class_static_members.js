// expect: 2 true function
class C { static count = 0; static inc() { return ++C.count; } static { C.ready = true; } }
C.inc(); C.inc(); console.log(C.count, C.ready, typeof C.inc);
