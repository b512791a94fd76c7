// parseStringPromise and the explicitChildren / preserveChildrenOrder / charsAsChildren options.
const xml2js = require('xml2js');
const doc = '<r a="1">lead<x>1</x>mid<y k="v">2</y><x>3</x></r>';
xml2js.parseString(doc, { explicitChildren: true }, (e, r) => console.log('children', JSON.stringify(r)));
xml2js.parseString(doc, { explicitChildren: true, preserveChildrenOrder: true }, (e, r) => console.log('ordered', JSON.stringify(r)));
xml2js.parseString(doc, { explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: true, childkey: 'kids' }, (e, r) => console.log('chars', JSON.stringify(r)));
xml2js.parseString(doc, { explicitChildren: true, explicitArray: false }, (e, r) => console.log('flat', JSON.stringify(r)));
xml2js.parseStringPromise('<p><q>ok</q></p>').then((r) => console.log('promise', JSON.stringify(r)));
xml2js.parseStringPromise('<p>', { explicitArray: false }).catch((e) => console.log('rejected', e instanceof Error));
new xml2js.Parser({ explicitArray: false }).parseStringPromise('<s>t</s>').then((r) => console.log('parser promise', JSON.stringify(r)));
console.log('sync first');
// expect: children {"r":{"$":{"a":"1"},"_":"leadmid","$$":{"x":["1","3"],"y":[{"$":{"k":"v"},"_":"2"}]}}}
// expect: ordered {"r":{"_":"leadmid","$":{"a":"1"},"#name":"r","$$":[{"_":"1","#name":"x"},{"_":"2","$":{"k":"v"},"#name":"y"},{"_":"3","#name":"x"}],"x":["1","3"],"y":[{"_":"2","$":{"k":"v"}}]}}
// expect: chars {"r":{"_":"leadmid","$":{"a":"1"},"#name":"r","kids":[{"#name":"__text__","_":"lead"},{"_":"1","#name":"x","kids":[{"#name":"__text__","_":"1"}]},{"#name":"__text__","_":"mid"},{"_":"2","$":{"k":"v"},"#name":"y","kids":[{"#name":"__text__","_":"2"}]},{"_":"3","#name":"x","kids":[{"#name":"__text__","_":"3"}]}],"x":[{"_":"1","kids":[{"#name":"__text__","_":"1"}]},{"_":"3","kids":[{"#name":"__text__","_":"3"}]}],"y":[{"_":"2","$":{"k":"v"},"kids":[{"#name":"__text__","_":"2"}]}]}}
// expect: flat {"r":{"$":{"a":"1"},"_":"leadmid","$$":{"x":["1","3"],"y":{"$":{"k":"v"},"_":"2"}}}}
// expect: sync first
// expect: promise {"p":{"q":["ok"]}}
// expect: rejected true
// expect: parser promise {"s":"t"}
