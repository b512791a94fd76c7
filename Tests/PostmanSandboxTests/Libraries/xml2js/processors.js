// xml2js.processors and the *Processors options, as real scripts use them (stripPrefix on SOAP responses).
const xml2js = require('xml2js');
const { processors } = xml2js;
console.log(Object.keys(processors).join(','));
console.log(processors.stripPrefix('soap:Body'), processors.stripPrefix('xmlns:soap'), processors.stripPrefix('a:b:c'), processors.stripPrefix('plain'));
console.log(processors.normalize('MiXeD'), processors.firstCharLowerCase('FirstChar'), processors.firstCharLowerCase(''));
console.log(JSON.stringify([processors.parseNumbers('42'), processors.parseNumbers('4.5'), processors.parseNumbers('-3'), processors.parseNumbers('1e3'), processors.parseNumbers('abc'), processors.parseNumbers(''), processors.parseNumbers(' 7 ')]));
console.log(JSON.stringify([processors.parseBooleans('true'), processors.parseBooleans('FALSE'), processors.parseBooleans('yes'), processors.parseBooleans('True ')]));
const soap = `<?xml version="1.0"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns="urn:shop">
  <soap:Body>
    <ns:GetPriceResponse ns:currency="EUR">
      <ns:Price>12.50</ns:Price>
      <ns:InStock>true</ns:InStock>
      <ns:Count>3</ns:Count>
    </ns:GetPriceResponse>
  </soap:Body>
</soap:Envelope>`;
xml2js.parseString(soap, { explicitArray: false, tagNameProcessors: [processors.stripPrefix] }, (err, r) => console.log(JSON.stringify(r)));
xml2js.parseString(soap, { explicitArray: false, ignoreAttrs: true, tagNameProcessors: [processors.stripPrefix], attrNameProcessors: [processors.stripPrefix] }, (err, r) => {
    const resp = r.Envelope.Body.GetPriceResponse;
    console.log(resp.Price, resp.InStock, resp.Count);
});
xml2js.parseString(soap, { explicitArray: false, tagNameProcessors: [processors.stripPrefix], attrNameProcessors: [processors.stripPrefix], valueProcessors: [processors.parseNumbers, processors.parseBooleans] }, (err, r) => console.log(JSON.stringify(r)));
xml2js.parseString('<r A="1" B="true"><Aa>x</Aa></r>', {
    explicitArray: false,
    tagNameProcessors: [processors.firstCharLowerCase, (name) => name + '!'],
    attrNameProcessors: [(name) => name.toLowerCase()],
    attrValueProcessors: [processors.parseNumbers, processors.parseBooleans, (value, name) => name + '=' + value],
    valueProcessors: [(value, name) => name + ':' + value]
}, (err, r) => console.log(JSON.stringify(r)));
xml2js.parseString('<Root><Child>x</Child></Root>', { normalizeTags: true, tagNameProcessors: [(n) => n + '_'] }, (err, r) => console.log(JSON.stringify(r)));
// expect: normalize,firstCharLowerCase,stripPrefix,parseNumbers,parseBooleans
// expect: Body xmlns:soap c plain
// expect: mixed firstChar 
// expect: [42,4.5,-3,1,"abc",null,7]
// expect: [true,false,"yes","True "]
// expect: {"Envelope":{"$":{"xmlns:soap":"http://schemas.xmlsoap.org/soap/envelope/","xmlns:ns":"urn:shop"},"Body":{"GetPriceResponse":{"$":{"ns:currency":"EUR"},"Price":"12.50","InStock":"true","Count":"3"}}}}
// expect: 12.50 true 3
// expect: {"Envelope":{"$":{"xmlns:soap":"http://schemas.xmlsoap.org/soap/envelope/","xmlns:ns":"urn:shop"},"Body":{"GetPriceResponse":{"$":{"currency":"EUR"},"Price":12.5,"InStock":true,"Count":3}}}}
// expect: {"r!":{"$":{"a":"A=1","b":"B=true"},"aa!":"aa!:x"}}
// expect: {"root_":{"child_":["x"]}}
