// xml2js.Builder().buildObject: NOT recorded under node (xmlbuilder 11 ships only CoffeeScript sources and no
// compiler was available); expectations follow xmlbuilder 11's documented pretty output and were checked by hand.
const xml2js = require('xml2js');
console.log(new xml2js.Builder().buildObject({ root: { a: '1', b: { $: { x: 'y' } }, c: ['p', 'q'], d: { _: 'text', $: { k: 'v' } } } }));
console.log(new xml2js.Builder({ headless: true, renderOpts: { pretty: false } }).buildObject({ r: { t: 'a & <b>', n: 5, z: true } }));
console.log(new xml2js.Builder({ rootName: 'doc', headless: true }).buildObject({ one: 1, two: 2 }));
console.log(new xml2js.Builder({ headless: true, cdata: true }).buildObject({ r: { code: 'x < y', plain: 'ok' } }));
console.log(new xml2js.Builder({ headless: true }).buildObject({ r: { $: { q: 'say "hi"\n' }, empty: {} } }));
// expect: <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
// expect: <root>
// expect:   <a>1</a>
// expect:   <b x="y"/>
// expect:   <c>p</c>
// expect:   <c>q</c>
// expect:   <d k="v">text</d>
// expect: </root>
// expect: <r><t>a &amp; &lt;b&gt;</t><n>5</n><z>true</z></r>
// expect: <doc>
// expect:   <one>1</one>
// expect:   <two>2</two>
// expect: </doc>
// expect: <r>
// expect:   <code><![CDATA[x < y]]></code>
// expect:   <plain>ok</plain>
// expect: </r>
// expect: <r q="say &quot;hi&quot;&#xA;">
// expect:   <empty/>
// expect: </r>
