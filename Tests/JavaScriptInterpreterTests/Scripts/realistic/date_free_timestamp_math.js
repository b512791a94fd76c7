// expect: 1700000000 22 001700000000000
const ms = 1700000000000; const seconds = Math.floor(ms / 1000); console.log(seconds, (seconds % 86400) / 3600 | 0, String(ms).padStart(15, "0"));
