// expect: aGVsbG8= UG9zdGllIQ==
const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function b64(s) { let out = "", bits = 0, val = 0; for (const c of s) { val = (val << 8) | c.charCodeAt(0); bits += 8; while (bits >= 6) { bits -= 6; out += chars[(val >> bits) & 63]; } } if (bits > 0) out += chars[(val << (6 - bits)) & 63]; while (out.length % 4) out += "="; return out; }
console.log(b64("hello"), b64("Postie!"));
