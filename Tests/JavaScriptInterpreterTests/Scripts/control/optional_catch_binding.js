// expect: caught without binding
try { JSON.parse("{"); } catch { console.log("caught without binding"); }
