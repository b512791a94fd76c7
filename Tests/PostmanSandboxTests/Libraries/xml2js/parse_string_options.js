// require('xml2js').parseString with each shaping option; the callback runs synchronously.
const xml2js = require('xml2js');
const doc = '<Root version="2"><Item id="a">  First  </Item><Item id="b">Second   value</Item><Empty/><Text>plain</Text></Root>';
function show(label, options, xml) {
    let calls = 0;
    xml2js.parseString(xml || doc, options, (err, result) => {
        calls++;
        console.log(label, err ? 'error' : JSON.stringify(result));
    });
    console.log(label, 'calls', calls);
}
show('default', {});
show('explicitArray', { explicitArray: false });
show('explicitRoot', { explicitRoot: false });
show('trim', { trim: true, explicitArray: false });
show('normalize', { normalize: true, explicitArray: false });
show('normalizeTags', { normalizeTags: true, explicitArray: false });
show('keys', { attrkey: 'attrs', charkey: 'text', explicitArray: false });
show('explicitCharkey', { explicitCharkey: true, explicitArray: false });
show('mergeAttrs', { mergeAttrs: true, explicitArray: false });
show('mergeAttrsArray', { mergeAttrs: true });
show('mergeClash', { mergeAttrs: true, explicitArray: false }, '<r id="1"><id>2</id></r>');
show('ignoreAttrs', { ignoreAttrs: true, explicitArray: false });
show('emptyTag', { emptyTag: null, explicitArray: false });
show('emptyTagObj', { emptyTag: 'EMPTY' }, '<r><a/><b></b><c> </c></r>');
show('charkeyMixed', { explicitArray: false }, '<r a="1">text<b>x</b>tail</r>');
show('attrOnly', { explicitArray: false }, '<r><a k="v"/></r>');
xml2js.parseString('<r><v>1</v></r>', (err, result) => console.log('two-arg', err, JSON.stringify(result)));
const returned = xml2js.parseString('<r/>', { explicitArray: false }, () => {});
console.log('returns', typeof returned);
// expect: default {"Root":{"$":{"version":"2"},"Item":[{"_":"  First  ","$":{"id":"a"}},{"_":"Second   value","$":{"id":"b"}}],"Empty":[""],"Text":["plain"]}}
// expect: default calls 1
// expect: explicitArray {"Root":{"$":{"version":"2"},"Item":[{"_":"  First  ","$":{"id":"a"}},{"_":"Second   value","$":{"id":"b"}}],"Empty":"","Text":"plain"}}
// expect: explicitArray calls 1
// expect: explicitRoot {"$":{"version":"2"},"Item":[{"_":"  First  ","$":{"id":"a"}},{"_":"Second   value","$":{"id":"b"}}],"Empty":[""],"Text":["plain"]}
// expect: explicitRoot calls 1
// expect: trim {"Root":{"$":{"version":"2"},"Item":[{"_":"First","$":{"id":"a"}},{"_":"Second   value","$":{"id":"b"}}],"Empty":"","Text":"plain"}}
// expect: trim calls 1
// expect: normalize {"Root":{"$":{"version":"2"},"Item":[{"_":"First","$":{"id":"a"}},{"_":"Second value","$":{"id":"b"}}],"Empty":"","Text":"plain"}}
// expect: normalize calls 1
// expect: normalizeTags {"root":{"$":{"version":"2"},"item":[{"_":"  First  ","$":{"id":"a"}},{"_":"Second   value","$":{"id":"b"}}],"empty":"","text":"plain"}}
// expect: normalizeTags calls 1
// expect: keys {"Root":{"attrs":{"version":"2"},"Item":[{"text":"  First  ","attrs":{"id":"a"}},{"text":"Second   value","attrs":{"id":"b"}}],"Empty":"","Text":"plain"}}
// expect: keys calls 1
// expect: explicitCharkey {"Root":{"$":{"version":"2"},"Item":[{"_":"  First  ","$":{"id":"a"}},{"_":"Second   value","$":{"id":"b"}}],"Empty":"","Text":{"_":"plain"}}}
// expect: explicitCharkey calls 1
// expect: mergeAttrs {"Root":{"version":"2","Item":[{"_":"  First  ","id":"a"},{"_":"Second   value","id":"b"}],"Empty":"","Text":"plain"}}
// expect: mergeAttrs calls 1
// expect: mergeAttrsArray {"Root":{"version":["2"],"Item":[{"_":"  First  ","id":["a"]},{"_":"Second   value","id":["b"]}],"Empty":[""],"Text":["plain"]}}
// expect: mergeAttrsArray calls 1
// expect: mergeClash {"r":{"id":["1","2"]}}
// expect: mergeClash calls 1
// expect: ignoreAttrs {"Root":{"Item":["  First  ","Second   value"],"Empty":"","Text":"plain"}}
// expect: ignoreAttrs calls 1
// expect: emptyTag {"Root":{"$":{"version":"2"},"Item":[{"_":"  First  ","$":{"id":"a"}},{"_":"Second   value","$":{"id":"b"}}],"Empty":null,"Text":"plain"}}
// expect: emptyTag calls 1
// expect: emptyTagObj {"r":{"a":["EMPTY"],"b":["EMPTY"],"c":["EMPTY"]}}
// expect: emptyTagObj calls 1
// expect: charkeyMixed {"r":{"_":"texttail","$":{"a":"1"},"b":"x"}}
// expect: charkeyMixed calls 1
// expect: attrOnly {"r":{"a":{"$":{"k":"v"}}}}
// expect: attrOnly calls 1
// expect: two-arg null {"r":{"v":["1"]}}
// expect: returns object
