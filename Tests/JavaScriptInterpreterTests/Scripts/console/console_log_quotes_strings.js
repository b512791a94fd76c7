// expect: [ "it's", 'say "hi"', `both ' and "`, 'back\\slash', 'line\nbreak' ]
console.log(["it's", 'say "hi"', `both ' and "`, "back\\slash", "line\nbreak"]);
