// expect: Rex makes a sound (woof) true Dog { name: 'Rex', kind: 'dog' } true
class Animal { constructor(name) { this.name = name; } speak() { return `${this.name} makes a sound`; } }
class Dog extends Animal { constructor(name) { super(name); this.kind = "dog"; } speak() { return super.speak() + " (woof)"; } }
const d = new Dog("Rex"); console.log(d.speak(), d instanceof Animal, d, Object.getPrototypeOf(Dog) === Animal);
