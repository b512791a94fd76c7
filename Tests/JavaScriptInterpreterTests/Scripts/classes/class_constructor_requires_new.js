// expect error: TypeError: Class constructor A cannot be invoked without 'new'
class A {} A();
