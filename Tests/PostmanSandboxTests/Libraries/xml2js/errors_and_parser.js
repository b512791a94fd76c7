// Errors reach the callback (never thrown), Parser objects parse repeatedly, and a throwing callback propagates.
const xml2js = require('xml2js');
const bad = ['<a>', '<a></b>', 'text', '<a x=1/>', '<a>&unknown;</a>', '<a><b></a>', '<a b="1" b="2"/>x<', undefined, null, 42];
for (const xml of bad) {
    let calls = 0;
    xml2js.parseString(xml, (err, result) => {
        calls++;
        console.log(JSON.stringify(String(xml)), err instanceof Error, result === undefined ? 'undefined' : JSON.stringify(result));
    });
    console.log('calls', calls);
}
const parser = new xml2js.Parser({ explicitArray: false });
parser.parseString('<a>1</a>', (err, r) => console.log(JSON.stringify(r)));
parser.parseString('<b>2</b>', (err, r) => console.log(JSON.stringify(r)));
parser.parseString('<c>', (err, r) => console.log(err instanceof Error, r));
parser.parseString('<d>4</d>', (err, r) => console.log(JSON.stringify(r)));
const withoutNew = xml2js.Parser({ explicitRoot: false });
withoutNew.parseString('<x><y>1</y></x>', (err, r) => console.log(JSON.stringify(r)));
console.log(typeof parser.parseString, typeof parser.parseStringPromise, typeof xml2js.Builder, typeof xml2js.ValidationError);
const detached = parser.parseString;
detached('<e>5</e>', (err, r) => console.log('detached', JSON.stringify(r)));
try {
    xml2js.parseString('<ok/>', () => { throw new Error('from callback'); });
    console.log('not thrown');
} catch (e) {
    console.log('thrown', e.message);
}
xml2js.parseString('<a><b>1</b></a>', {
    validator: (path, current, value) => {
        console.log('validate', path, JSON.stringify(current), JSON.stringify(value));
        if (path === '/a/b') throw new xml2js.ValidationError('bad b');
        return value;
    }
}, (err, r) => console.log(err && err.message, err instanceof xml2js.ValidationError, JSON.stringify(r)));
// expect: "<a>" true undefined
// expect: calls 1
// expect: "<a></b>" true undefined
// expect: calls 1
// expect: "text" true undefined
// expect: calls 1
// expect: "<a x=1/>" true undefined
// expect: calls 1
// expect: "<a>&unknown;</a>" true undefined
// expect: calls 1
// expect: "<a><b></a>" true undefined
// expect: calls 1
// expect: "<a b=\"1\" b=\"2\"/>x<" false {"a":{"$":{"b":"1"}}}
// expect: calls 1
// expect: "undefined" true undefined
// expect: calls 1
// expect: "null" true undefined
// expect: calls 1
// expect: "42" true undefined
// expect: calls 1
// expect: {"a":"1"}
// expect: {"b":"2"}
// expect: true undefined
// expect: {"d":"4"}
// expect: {"y":["1"]}
// expect: function function function function
// expect: detached {"e":"5"}
// expect: thrown from callback
// expect: validate /a/b undefined "1"
// expect: bad b true undefined
// expect: validate /a undefined {"b":["1"]}
