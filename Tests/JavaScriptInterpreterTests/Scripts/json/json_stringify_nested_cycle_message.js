// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     |     property 'child' -> object with constructor 'Object'
// expect:     |     property 'list' -> object with constructor 'Array'
// expect:     --- index 0 closes the circle
const a = { child: { list: [] } }; a.child.list.push(a); try { JSON.stringify(a); } catch (e) { console.log(e.message); }
