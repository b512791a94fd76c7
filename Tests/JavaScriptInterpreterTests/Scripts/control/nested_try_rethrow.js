// expect: RangeError outer:inner
try { try { throw new TypeError("inner"); } catch (e) { throw new RangeError("outer:" + e.message); } } catch (e) { console.log(e.name, e.message); }
