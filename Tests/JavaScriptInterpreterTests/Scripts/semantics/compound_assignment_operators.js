// expect: 3
let x = 10; x += 5; x -= 3; x *= 2; x /= 4; x %= 4; x **= 3; x <<= 2; x >>= 1; x >>>= 0; x |= 1; x &= 7; x ^= 2; console.log(x);
