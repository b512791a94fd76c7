// xml2Json is xml2js with Postman's options: explicitArray false, trim, attributes under $.
function show(xml) { console.log(JSON.stringify(xml2Json(xml))); }
show('<food><key>Homestyle Breakfast</key><value>950</value></food>');
show('<?xml version="1.0" encoding="UTF-8"?>\n<root>\n  <item id="1">a</item>\n  <item id="2">b</item>\n  <empty/>\n  <blank>   </blank>\n</root>');
show('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><m:Resp xmlns:m="urn:x"><m:Result>42</m:Result></m:Resp></soap:Body></soap:Envelope>');
show('<a x="1" y="two">  padded text  </a>');
show('<a><b><c><d>deep</d></c></b></a>');
show('<list><n>1</n><n>2</n><n>3</n><m>only</m></list>');
show('<mixed>before<child/>after</mixed>');
show('<t>&lt;tag&gt; &amp; &quot;q&quot; &apos;s&apos; &#65;&#x42; &#x1F600;</t>');
show('<c><![CDATA[<not> & parsed]]></c>');
show('<c>  <![CDATA[  spaced  ]]>  </c>');
show('<!-- leading comment --><r><!-- inner -->text<?pi data?></r>');
show('<r a="&amp;&lt;&#10;x"/>');
show('<r>\n  line one\n  line two\n</r>');
show('<r><a/><a></a><a>x</a></r>');
show('\uFEFF<bom>yes</bom>');
show('<unicode name="café">naïve ✓</unicode>');
show('');
show('   ');
show('<broken>');
show('<a></b>');
show('not xml');
console.log(typeof xml2Json);
// expect: {"food":{"key":"Homestyle Breakfast","value":"950"}}
// expect: {"root":{"item":[{"_":"a","$":{"id":"1"}},{"_":"b","$":{"id":"2"}}],"empty":"","blank":"   "}}
// expect: {"soap:Envelope":{"$":{"xmlns:soap":"http://schemas.xmlsoap.org/soap/envelope/"},"soap:Body":{"m:Resp":{"$":{"xmlns:m":"urn:x"},"m:Result":"42"}}}}
// expect: {"a":{"_":"padded text","$":{"x":"1","y":"two"}}}
// expect: {"a":{"b":{"c":{"d":"deep"}}}}
// expect: {"list":{"n":["1","2","3"],"m":"only"}}
// expect: {"mixed":{"_":"beforeafter","child":""}}
// expect: {"t":"<tag> & \"q\" 's' AB 😀"}
// expect: {"c":"<not> & parsed"}
// expect: {"c":"spaced"}
// expect: {"r":"text"}
// expect: {"r":{"$":{"a":"&<\nx"}}}
// expect: {"r":"line one\n  line two"}
// expect: {"r":{"a":["","","x"]}}
// expect: {"bom":"yes"}
// expect: {"unicode":{"_":"naïve ✓","$":{"name":"café"}}}
// expect: null
// expect: null
// expect: undefined
// expect: undefined
// expect: undefined
// expect: function
