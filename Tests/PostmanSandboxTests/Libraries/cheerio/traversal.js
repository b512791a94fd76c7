// Result sets: indexing, each/map/get, first/last/eq, children/parent/find, next/prev/siblings, filter/not/is.
const $ = cheerio.load('<div id="a"><ul><li class="x">1</li><li>2</li><li class="x">3</li></ul><p>para <em>em</em></p></div><div id="b"><span>s</span></div>');
const items = $('li');
console.log(items.length, items[0].name, items[0].type, typeof items[3], items.cheerio);
items.each(function (i, el) { console.log('each', i, $(el).text(), this === el); });
items.each((i) => { console.log('stop', i); return i < 1; });
console.log(JSON.stringify(items.map((i, el) => $(el).text()).get()));
console.log(JSON.stringify(items.map((i, el) => (i === 1 ? null : [[i]])).get()));
console.log(items.get(0).children[0].data, items.get(-1).children[0].data, items.get().length, Array.isArray(items.toArray()));
console.log(items.first().text(), items.last().text(), items.eq(1).text(), items.eq(-1).text(), items.eq(5).length);
console.log($('ul').children().length, $('ul').children('.x').length, $('div').children().length);
console.log($('li').parent().length, $('li').parent()[0].name, $('em').parent().parent().attr('id'), $('div').parent().length);
console.log($('#a').find('li').length, $('#a').find('.x').length, $('div').find('span').text(), $('li').find('li').length);
console.log($('li').first().next().text(), $('li').last().prev().text(), $('li').eq(1).siblings().length, $('li').last().next().length);
console.log($('li').filter('.x').length, $('li').filter((i) => i > 0).length, $('li').not('.x').text(), $('li').is('.x'), $('li').is('p'));
console.log($('em').parents().length, $('em').closest('div').attr('id'), $('li').slice(1).length, $('li').slice(0, 1).text());
console.log($('#b').children().first().text(), $('p').contents().length, $('li').eq(2).index(), $('ul').has('.x').length);
// expect: 3 li tag undefined [cheerio object]
// expect: each 0 1 true
// expect: each 1 2 true
// expect: each 2 3 true
// expect: stop 0
// expect: stop 1
// expect: ["1","2","3"]
// expect: [[0],[2]]
// expect: 1 3 3 true
// expect: 1 3 2 3 0
// expect: 3 2 3
// expect: 1 ul a 0
// expect: 3 2 s 0
// expect: 2 2 2 0
// expect: 2 2 2 true false
// expect: 2 a 2 1
// expect: s 2 2 1
