// CryptoJS.PBKDF2 and EvpKDF: crypto-js 3.3.0's defaults (PBKDF2: SHA1, 4 words, 1 iteration; EvpKDF: MD5, 4
// words, 1 iteration), other hashers, key sizes that aren't whole digests (the words array keeps the whole last
// block), WordArray salts and passwords. Recorded with crypto-js 3.3.0 under node.
function show(wordArray) { return wordArray.toString() + ' ' + JSON.stringify(wordArray.words) + ' ' + wordArray.sigBytes; }
console.log(show(CryptoJS.PBKDF2('password', 'salt')));
console.log(show(CryptoJS.PBKDF2('password', 'salt', { iterations: 2, keySize: 5 })));
console.log(CryptoJS.PBKDF2('password', 'salt', { keySize: 512 / 32, iterations: 1000 }).toString());
console.log(CryptoJS.PBKDF2('password', 'salt', { keySize: 8, iterations: 100, hasher: CryptoJS.algo.SHA256 }).toString());
console.log(CryptoJS.PBKDF2('password', 'salt', { keySize: 16, iterations: 10, hasher: CryptoJS.algo.SHA512 }).toString());
console.log(CryptoJS.PBKDF2('pässwörd', 'sält', { keySize: 6, hasher: CryptoJS.algo.MD5 }).toString());
console.log(CryptoJS.PBKDF2('password', CryptoJS.enc.Hex.parse('0102030405060708'), { keySize: 4 }).toString());
console.log(CryptoJS.PBKDF2(CryptoJS.enc.Utf8.parse('password'), 'salt').toString());
console.log(show(CryptoJS.PBKDF2('password', 'salt', { keySize: 1 })));
console.log(show(CryptoJS.PBKDF2('password', 'salt', { keySize: 0 })));
console.log(show(CryptoJS.PBKDF2('password', 'salt', { iterations: 0 })));
console.log(show(CryptoJS.PBKDF2('', '')));
console.log(CryptoJS.PBKDF2(new Array(100).join('p'), 'salt', { keySize: 8, hasher: CryptoJS.algo.SHA256 }).toString());
console.log(CryptoJS.algo.PBKDF2.create({ keySize: 2 }).compute('password', 'salt').toString());
console.log(show(CryptoJS.EvpKDF('password', 'salt')));
console.log(show(CryptoJS.EvpKDF('password', 'saltsalt', { keySize: 12 })));
console.log(show(CryptoJS.EvpKDF('password', 'saltsalt', { keySize: 8 + 4, iterations: 3 })));
console.log(show(CryptoJS.EvpKDF('password', 'salt', { keySize: 5, hasher: CryptoJS.algo.SHA1 })));
console.log(show(CryptoJS.EvpKDF('password', 'salt', { keySize: 6, hasher: CryptoJS.algo.SHA256 })));
console.log(show(CryptoJS.EvpKDF('password', CryptoJS.enc.Hex.parse('0001020304050607'), { keySize: 3 })));
console.log(show(CryptoJS.EvpKDF('password')));
console.log(CryptoJS.algo.EvpKDF.create({ keySize: 8 }).compute('pw', 'salt').toString());
// expect: 0c60c80f961f0e71f3a9b524af601206 [207669263,-1776349583,-206981852,-1352658426,803223462] 16
// expect: ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957 [-362020531,-953323636,-853616342,-836943376,-656504489] 20
// expect: 6e88be8bad7eae9d9e10aa061224034fed48d03fcbad968b56006784539d5214ce970d912ec2049b04231d47c2eb88506945b26b2325e6adfeeba08895ff9587
// expect: 07e6997180cf7f12904f04100d405d34888fdf62af6d506a0ecc23b196fe99d8
// expect: ded5fd36ace28019108070acb5acc9db892eb04230f71ecda77c0dbf97e38a8dd7cd384c0b3a5a903fa8137516563d12c6666db019ef7781ef996b4fcd6b62ca
// expect: 702f19bca8bf6a0c7eead7126429c8f940c3dec14e907090
// expect: 865b30d9c3c5e6120507ca91a3f9d34e
// expect: 0c60c80f961f0e71f3a9b524af601206
// expect: 0c60c80f [207669263,-1776349583,-206981852,-1352658426,803223462] 4
// expect:  [] 0
// expect: 0c60c80f961f0e71f3a9b524af601206 [207669263,-1776349583,-206981852,-1352658426,803223462] 16
// expect: 1e437a1c79d75be61e91141dae20affc [507738652,2044156902,512824349,-1373589508,1217580185] 16
// expect: bce88398965340df1ea36c5b0f8e826262b1fbc351b121faddaa774e18b2993c
// expect: 0c60c80f961f0e71
// expect: b305cadbb3bce54f3aa59c64fec00dea [-1291466021,-1279466161,983932004,-20967958] 16
// expect: fdbdf3419fff98bdb0241390f62a9db35f4aba29d77566377997314ebfc709f20b5ca7b1081f94b1ac12e3c8ba87d05a [-37883071,-1610639171,-1339812976,-164979277,1598732841,-680171977,2039951694,-1077474830,190621617,136287409,-1408048184,-1165504422] 48
// expect: 75071699c61da456a8e98e68221277e2d5924edd356a7e2a43ccdaae5af81340d2917f9f77fa576e7c43aeed0b54316e [1963398809,-971135914,-1461088664,571635682,-711831843,896171562,1137498798,1526207296,-762216545,2012895086,2084810477,190067054] 48
// expect: c88e9c67041a74e0357befdff93f87dde0904214 [-930177945,68842720,897314783,-113276963,-527416812] 20
// expect: 7a37b85c8918eac19a9089c0fa5a2ab4dce3f90528dcdeec [2050472028,-1994855743,-1701803584,-94754124,-589039355,685563628,277554141,-211780711] 24
// expect: b03096345e805d3aa4392d2e [-1338993100,1585470778,-1539756754,1920540155] 12
// expect: 5f4dcc3b5aa765d61d8327deb882cf99 [1598934075,1520920022,495134686,-1199386727] 16
// expect: 55e70b9971d050fe8f7455eb551189cf2b2971c78b2088b2fd6d6b26f08ef65b
