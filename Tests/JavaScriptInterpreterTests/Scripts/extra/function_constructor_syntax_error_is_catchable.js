// expect: SyntaxError
try { new Function("return )"); } catch (e) { console.log(e.name); }
