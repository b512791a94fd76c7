// expect error: TypeError: Class extends value 5 is not a constructor or null
const NotAClass = 5; class X extends NotAClass {}
