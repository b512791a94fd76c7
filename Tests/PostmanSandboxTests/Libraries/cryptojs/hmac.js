// CryptoJS HMACs with string and WordArray keys, keys longer than the hash block, empty keys and messages,
// and the progressive algo.HMAC API. Recorded with crypto-js 3.3.0 under node.
var longKey = new Array(140).join('k');
['HmacMD5', 'HmacSHA1', 'HmacSHA224', 'HmacSHA256', 'HmacSHA384', 'HmacSHA512'].forEach(function (name) {
  console.log(name, CryptoJS[name]('message', 'secret').toString());
  console.log(name, CryptoJS[name]('', '').toString());
  console.log(name, CryptoJS[name]('héllo ✓', 'ключ').toString(CryptoJS.enc.Base64));
  console.log(name, CryptoJS[name]('m', longKey).toString());
  console.log(name, CryptoJS[name]('m', CryptoJS.enc.Hex.parse('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b')).toString());
  console.log(name, CryptoJS[name](CryptoJS.enc.Utf8.parse('Hi There'), CryptoJS.enc.Hex.parse('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b')).toString());
});
var signature = CryptoJS.HmacSHA256('GET\n/api/v1/items\n1700000000', 'my-api-secret');
console.log(CryptoJS.enc.Base64.stringify(signature));
console.log(JSON.stringify(signature.words), signature.sigBytes);
var hmac = CryptoJS.algo.HMAC.create(CryptoJS.algo.SHA256, 'key');
hmac.update('The quick brown fox ');
hmac.update('jumps over the lazy dog');
console.log(hmac.finalize().toString());
var again = CryptoJS.algo.HMAC.create(CryptoJS.algo.SHA1, CryptoJS.enc.Utf8.parse('key'));
console.log(again.finalize('The quick brown fox jumps over the lazy dog').toString());
var withReset = CryptoJS.algo.HMAC.create(CryptoJS.algo.MD5, 'key').update('junk');
withReset.reset();
console.log(withReset.finalize('abc').toString());
var key = CryptoJS.lib.WordArray.create([0x6b657978, 0x12345678], 3);
console.log(CryptoJS.HmacSHA1('abc', key).toString(), JSON.stringify(key.words));
try { CryptoJS.HmacSHA256('a'); } catch (e) { console.log(e.name); }
// expect: HmacMD5 7e0d0767775312154ba16fd3af9771a2
// expect: HmacMD5 74e6f7298a9c2d168935f58c001bad88
// expect: HmacMD5 1mzF0+h8fSzg0uOs/u/6sg==
// expect: HmacMD5 5d7b4bc30fc6071b100f1a0679beb841
// expect: HmacMD5 4051c2fedd15965d11ef15d5cc7b0bc7
// expect: HmacMD5 5ccec34ea9656392457fa1ac27f08fbc
// expect: HmacSHA1 0caf649feee4953d87bf903ac1176c45e028df16
// expect: HmacSHA1 fbdb1d1b18aa6c08324b7d64b71fb76370690e1d
// expect: HmacSHA1 NFXV58jWiEsc82NF05wLw9jTgUQ=
// expect: HmacSHA1 c46e0f79638aa6e1c03c508937dd122f31806727
// expect: HmacSHA1 2c0691c032a439890201f252a9972bf8e04021a0
// expect: HmacSHA1 b617318655057264e28bc0b6fb378c8ef146be00
// expect: HmacSHA224 99476f8dd28f3065c1787c8351a6d8f157541d9bcc0b7d1ee649850a
// expect: HmacSHA224 5ce14f72894662213e2748d2a6ba234b74263910cedde2f5a9271524
// expect: HmacSHA224 zGHqBOmipEXJSGKMDjdBhnGcFubnLg9WRIiUng==
// expect: HmacSHA224 2848577d7d1e8f71bee54488c5a4297e66a391bc4b694dc9456d2eac
// expect: HmacSHA224 188daeae2a925d9ed2f342ba5526155011ea9b6fede859c893a97af8
// expect: HmacSHA224 896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22
// expect: HmacSHA256 8b5f48702995c1598c573db1e21866a9b825d4a794d169d7060a03605796360b
// expect: HmacSHA256 b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad
// expect: HmacSHA256 YS8+rUd47g/E0M9YrHZe0F/WFxikwmLTXtciQ8gLQZM=
// expect: HmacSHA256 e79e2ed06fa95ed3bf11c1ff74c6d1779bcac1e5114c14129ffc206e792bd6c6
// expect: HmacSHA256 00c4fdd657d4f21746023045101a9befcc81f84531adea8411b952c84fc4be43
// expect: HmacSHA256 b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7
// expect: HmacSHA384 ad0ef4e80da427b2a33d4457c972bf759f50766fbb665690d50b7cb38dd5217db559c93ea7cbee48e2ae1a5b4aafd34b
// expect: HmacSHA384 6c1f2ee938fad2e24bd91298474382ca218c75db3d83e114b3d4367776d14d3551289e75e8209cd4b792302840234adc
// expect: HmacSHA384 MNDNiFwFZZ7EM+pUlmSj8lERKhrXbg8Zh/EDATkE/sdKTmrnMKgidI13yFiX4eYh
// expect: HmacSHA384 0f242bde447aab826b7d238480f7896c426854c734006ec1bb79255601909c1bade341703038fc6deb52c801a23fdf2f
// expect: HmacSHA384 10b165605635064e1a212c9357bda995d5c6e3cf5ef08cdd8cdd604eba9364cacf13d0e12c8d3e62824355b9be2f131e
// expect: HmacSHA384 afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6
// expect: HmacSHA512 1bba587c730eedba31f53abb0b6ca589e09de4e894ee455e6140807399759adaafa069eec7c01647bb173dcb17f55d22af49a18071b748c5c2edd7f7a829c632
// expect: HmacSHA512 b936cee86c9f87aa5d3c6f2e84cb5a4239a5fe50480a6ec66b70ab5b1f4ac6730c6c515421b327ec1d69402e53dfb49ad7381eb067b338fd7b0cb22247225d47
// expect: HmacSHA512 l2we6EPXzkkzicw422P2kmVVEYIFfpVndYGeTIlSZjQ9yh4RUhf4PzWQZe2LRPnjyDVnBOYHdPQCtjm5KDi0qQ==
// expect: HmacSHA512 2cbecf49b68bab57f6e902f076501c3da8aa7d4d8fde744d53632e4c3519abf8d362a587b3f48a52fe39b854b0f3ac5f03e9e4265676f96420e862dff7b111c3
// expect: HmacSHA512 75c0abde73427ec2593654fbd04f49da6bf446d4d178e8e8724bebeff2b2eef366291787d6660ba4d90bd7aaf168aa72d211aa1785aaf5a49bc756a0014b3b77
// expect: HmacSHA512 87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854
// expect: E+1aYGfhnBUvN6nHFYM9uVfgssD7VJphZi4NPDbTrfk=
// expect: [334322272,1742838805,792177095,360922553,1474343616,-78341535,1714294076,919842297] 32
// expect: f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8
// expect: de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9
// expect: d2fe98063f876b03193afb49b4979591
// expect: 4fd0b215276ef12f2b3e4c8ecac2811498b656fc [1801812224]
// expect: TypeError
