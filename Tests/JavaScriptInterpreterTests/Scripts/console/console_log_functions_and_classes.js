// expect: [Function: named] [Function (anonymous)] [class Foo] [class Bar extends Foo] [ [Function: named] ] { f: [Function: named] }
class Foo {} class Bar extends Foo {} function named() {} console.log(named, () => {}, Foo, Bar, [named], { f: named });
