// expect: 3
let attempts = 0; while (true) { try { attempts++; if (attempts < 3) throw new Error("retry"); break; } catch (e) { continue; } } console.log(attempts);
