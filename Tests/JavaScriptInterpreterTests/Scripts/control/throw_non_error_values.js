// expect: 42
// expect: string str
try { throw { code: 42 }; } catch (e) { console.log(e.code); }
try { throw "str"; } catch (e) { console.log(typeof e, e); }
