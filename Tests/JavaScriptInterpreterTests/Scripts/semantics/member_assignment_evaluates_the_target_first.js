// Assignments to o.x and o[k] evaluate the object and the key before the value (the spec's order).
var log = [];
var o = { get a() { log.push('a'); return {}; }, get b() { log.push('b'); return 1; } };
o.a['x'] = o.b;
o.a.y = o.b;
function k() { log.push('k'); return 'z'; }
o.a[k()] = o.b;
console.log(log.join(','));
var holder = {};
holder.f = function () {};
holder['g'] = () => 1;
console.log(JSON.stringify([holder.f.name, holder.g.name]));
try { null.x = (log.push('rhs'), 1); } catch (e) { console.log(e.constructor.name, log[log.length - 1]); }
// expect: a,b,a,b,a,k,b
// expect: ["",""]
// expect: TypeError rhs
