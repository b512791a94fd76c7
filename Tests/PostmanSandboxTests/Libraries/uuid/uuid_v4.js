// require('uuid'): as in Postman, the module is a function making v4 UUIDs, with .v4 and the uuid 8 API beside
// it. Random UUIDs are checked by shape, version and variant; fixed random bytes give exact output. Recorded with
// uuid 8.3.2 under node.
var uuid = require('uuid');
var shape = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
console.log(typeof uuid, typeof uuid.v4, require('uuid') === uuid);
var seen = {};
for (var i = 0; i < 200; i++) {
  var id = i % 2 ? uuid() : uuid.v4();
  if (!shape.test(id) || seen[id]) console.log('bad', id);
  seen[id] = true;
}
console.log(Object.keys(seen).length, uuid.validate(uuid.v4()), uuid.version(uuid()));
var random = [16, 145, 86, 190, 196, 123, 69, 161, 166, 253, 44, 232, 180, 172, 197, 49];
console.log(uuid.v4({ random: random.slice() }));
console.log(uuid.v4({ rng: function () { return [255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255]; } }));
console.log(uuid.v4({ random: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }));
var buffer = [];
var returned = uuid.v4({ random: random.slice() }, buffer, 2);
console.log(returned === buffer, JSON.stringify(buffer));
pm.environment.set('requestId', uuid.v4());
console.log(shape.test(pm.environment.get('requestId')));
// expect: function function true
// expect: 200 true 4
// expect: 109156be-c47b-45a1-a6fd-2ce8b4acc531
// expect: ffffffff-ffff-4fff-bfff-ffffffffffff
// expect: 00000000-0000-4000-8000-000000000000
// expect: true [null,null,16,145,86,190,196,123,69,161,166,253,44,232,180,172,197,49]
// expect: true
