// expect: User { id: 1, tags: [ 'a' ] } [ User { id: 1, tags: [ 'a' ] } ]
class User { constructor() { this.id = 1; this.tags = ["a"]; } } console.log(new User(), [new User()]);
