// CryptoJS hashes: hex by default, other encoders, word layout, UTF-8 strings, WordArray input, and the
// progressive hasher API. Recorded with crypto-js 3.3.0 under node.
var inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'héllo wörld ✓ 😀',
  new Array(201).join('a'), '{"id":1,"name":"x"}'];
['MD5', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512'].forEach(function (name) {
  inputs.forEach(function (input) { console.log(name, input.length, CryptoJS[name](input).toString()); });
  console.log(name, 'base64', CryptoJS[name]('abc').toString(CryptoJS.enc.Base64));
  console.log(name, 'sigBytes', CryptoJS[name]('abc').sigBytes);
  console.log(name, 'wordArray', CryptoJS[name](CryptoJS.enc.Hex.parse('00ff10')).toString());
  console.log(name, 'concat', '' + CryptoJS[name]('a' + 'b' + 'c'));
});
console.log(JSON.stringify(CryptoJS.MD5('abc').words));
console.log(JSON.stringify(CryptoJS.SHA1('abc').words));
console.log(JSON.stringify(CryptoJS.SHA256('abc').words));
// crypto-js leaves SHA-512's words unnormalised (some above 2^31); Postie's are signed 32-bit, the same bits.
console.log(JSON.stringify(CryptoJS.SHA512('abc').words.map(function (word) { return word | 0; })));
console.log(JSON.stringify(CryptoJS.MD5('')));
console.log(CryptoJS.SHA256(null).toString() === CryptoJS.SHA256('').toString());
console.log(CryptoJS.SHA256(undefined).toString());
console.log(CryptoJS.MD5(CryptoJS.lib.WordArray.create([0x61626300], 3)).toString() === CryptoJS.MD5('abc').toString());
var hasher = CryptoJS.algo.SHA256.create();
hasher.update('The quick brown fox ');
hasher.update(CryptoJS.enc.Utf8.parse('jumps over '));
console.log(hasher.finalize('the lazy dog').toString());
console.log(CryptoJS.algo.MD5.create().update('a').update('bc').finalize().toString());
var reused = CryptoJS.algo.SHA1.create().update('x');
reused.reset();
console.log(reused.update('abc').finalize().toString());
console.log(CryptoJS.algo.SHA512.create().finalize().toString().length);
console.log(require('crypto-js').SHA1('abc').toString() === CryptoJS.SHA1('abc').toString());
console.log(require('crypto-js') === CryptoJS);
console.log(typeof CryptoJS.MD5, typeof CryptoJS.algo.SHA256.create, CryptoJS.algo.SHA512.blockSize, CryptoJS.algo.MD5.blockSize);
// expect: MD5 0 d41d8cd98f00b204e9800998ecf8427e
// expect: MD5 3 900150983cd24fb0d6963f7d28e17f72
// expect: MD5 43 9e107d9d372bb6826bd81d3542a419d6
// expect: MD5 16 89aa2b820ceff5e2668f906e050e431d
// expect: MD5 200 887f30b43b2867f4a9accceee7d16e6c
// expect: MD5 19 2d67deb6550cbabe2eb3cf3eb03d3525
// expect: MD5 base64 kAFQmDzST7DWlj99KOF/cg==
// expect: MD5 sigBytes 16
// expect: MD5 wordArray 481e4551ec039aada760901cf52b1917
// expect: MD5 concat 900150983cd24fb0d6963f7d28e17f72
// expect: SHA1 0 da39a3ee5e6b4b0d3255bfef95601890afd80709
// expect: SHA1 3 a9993e364706816aba3e25717850c26c9cd0d89d
// expect: SHA1 43 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12
// expect: SHA1 16 1e635c63b152e750b83ca43d21b32e4b562af9db
// expect: SHA1 200 e61cfffe0d9195a525fc6cf06ca2d77119c24a40
// expect: SHA1 19 7af55277326e460912f1076c7fce28546f7e7ec2
// expect: SHA1 base64 qZk+NkcGgWq6PiVxeFDCbJzQ2J0=
// expect: SHA1 sigBytes 20
// expect: SHA1 wordArray a14c2fba17201c1ead45b6c4af4409fbfc16ba8a
// expect: SHA1 concat a9993e364706816aba3e25717850c26c9cd0d89d
// expect: SHA224 0 d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f
// expect: SHA224 3 23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7
// expect: SHA224 43 730e109bd7a8a32b1cb9d9a09aa2325d2430587ddbc0c38bad911525
// expect: SHA224 16 31604a560ae9d7b347a2c12fa4b13612a891217e39c78891f6b70ac3
// expect: SHA224 200 2559984fd15e055f0d84c346483508242f02653ab7956401e551511c
// expect: SHA224 19 9f86914c04c6cae7a1ba984847067be923598f4e54d854d301afd657
// expect: SHA224 base64 Iwl9IjQF2CKGQqR3vaJVsyqtvOS9oLP342ydpw==
// expect: SHA224 sigBytes 28
// expect: SHA224 wordArray fb00d9d04bdeeb4c51a031ab62ad806c6b8d293efafb8456deae0320
// expect: SHA224 concat 23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7
// expect: SHA256 0 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
// expect: SHA256 3 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// expect: SHA256 43 d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592
// expect: SHA256 16 23e0a0c5e66366c058e29407717008da83f9004340e71ff074bb24bd4b80eb2a
// expect: SHA256 200 c2a908d98f5df987ade41b5fce213067efbcc21ef2240212a41e54b5e7c28ae5
// expect: SHA256 19 7c39773024ce083aff97c5f266e930a90a7801a330b614945e195ff450205016
// expect: SHA256 base64 ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=
// expect: SHA256 sigBytes 32
// expect: SHA256 wordArray 2da45f2cd1f9c8e69a67abf7a6b26c282533d0a7686787a9533265418680d4d2
// expect: SHA256 concat ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// expect: SHA384 0 38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b
// expect: SHA384 3 cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7
// expect: SHA384 43 ca737f1014a48f4c0b6dd43cb177b0afd9e5169367544c494011e3317dbf9a509cb1e5dc1e85a941bbee3d7f2afbc9b1
// expect: SHA384 16 bd5b4a6a7f6f2e836e0a6605cb9742a143a02ca39712f15b3d729ad8add55ededdc3970504516c792f4428806100ef63
// expect: SHA384 200 0691b6e978614b67d60557b2a2cddd53406508522efa21c624dbbfa8ab6e726d5c586b489c7c09f24109a64c10211d48
// expect: SHA384 19 d8a21ca25523045b1bafc1e978e989533b6f78180ed09767c0984f0e1ee4151d1bb083d130d73bca4cb35a50eac4c393
// expect: SHA384 base64 ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn
// expect: SHA384 sigBytes 48
// expect: SHA384 wordArray ad8b7bc3149d63462b2b95ce7fc8aa7cec833cd5d3840eab42f92ea63479aefe71e79a2e3abfb3d60566aea38f5737a4
// expect: SHA384 concat cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7
// expect: SHA512 0 cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e
// expect: SHA512 3 ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
// expect: SHA512 43 07e547d9586f6a73f73fbac0435ed76951218fb7d0c8d788a309d785436bbb642e93a252a954f23912547d1e8a3b5ed6e1bfd7097821233fa0538f3db854fee6
// expect: SHA512 16 c0b1bdb8929a300951a589be04f022a372733ab3ea48b0a904779397fbb8f4bb8255fbaaa9915e96fcdcb05188466cc2ecfede8ad8bd83acb50fab8efac153e7
// expect: SHA512 200 4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f
// expect: SHA512 19 640fa28640a8589b540bd4e0f3c852a95ea087b31229b190c890ad5469e1c278f6fb6340f31ea9ddf597d40a16232cea85207b8cfa81d49aa2b8920c9f6646db
// expect: SHA512 base64 3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==
// expect: SHA512 sigBytes 64
// expect: SHA512 wordArray b29a9bd5abb2e2e27b92298e242f28970486bd49d6999ed928800d749fed69ffa8bf4c58cde2cb80018d97e8893ea4067040cfac81bfa891bec7249d4b0fbb33
// expect: SHA512 concat ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
// expect: [-1878962024,1020415920,-694796419,685866866]
// expect: [-1449574858,1191608682,-1170332303,2018558572,-1664034659]
// expect: [-1166534977,-1895706646,1094795486,1571693091,-1341955677,-1776846180,-1273954463,-234875475]
// expect: [-575720031,-1822328134,-868125879,-1373617871,317127246,-1985380702,178188006,1263915930,563255594,659538344,918174755,-1543574595,1162691619,1681713166,714787151,-1521703777]
// expect: {"words":[-736260903,-1895779836,-377484904,-319274370],"sigBytes":16}
// expect: true
// expect: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
// expect: true
// expect: d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592
// expect: 900150983cd24fb0d6963f7d28e17f72
// expect: a9993e364706816aba3e25717850c26c9cd0d89d
// expect: 128
// expect: true
// expect: true
// expect: function function 32 16
