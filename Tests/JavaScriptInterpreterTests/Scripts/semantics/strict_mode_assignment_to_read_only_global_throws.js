// expect: TypeError Cannot assign to read only property 'undefined' of object '#<Object>'
// expect: Cannot assign to read only property 'NaN' of object '#<Object>'
"use strict"; try { undefined = 1; } catch (e) { console.log(e.constructor.name, e.message); } try { NaN = 1; } catch (e) { console.log(e.message); }
