// expect: 1 2 3
// expect: undefined
let a = 1
let b = 2
const c = a
+ b
console.log(a, b, c)
function r() {
  return
  42
}
console.log(r())
