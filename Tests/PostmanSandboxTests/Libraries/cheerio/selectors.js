// cheerio.load and $(selector): tags, classes, ids, attributes, combinators, lists and CSS pseudo-classes.
const $ = cheerio.load(`<!DOCTYPE html>
<html><head><title>Shop &amp; Co</title><style>p > b { color: red }</style></head>
<body>
  <div id="main" class="box wide">
    <h1 class="title">Products</h1>
    <ul class="items">
      <li class="item first" data-id="1"><a href="https://a.com/one" rel="nofollow">One</a></li>
      <li class="item" data-id="2"><a href="/two.html">Two</a></li>
      <li class="item last special" data-id="3"><a href="http://b.org/three?x=1">Three</a><span>!</span></li>
    </ul>
    <p lang="en-US">Intro <b>bold</b> text</p>
    <p lang="en">Second</p>
  </div>
  <div class="box"><input type="text" name="q" value="search"><input type="checkbox" name="c" checked></div>
</body></html>`);
const selectors = [
    'li', '.item', '#main', 'ul li', 'div > h1', 'body > ul', '.box.wide', 'li.first, li.last', 'p, h1, title',
    '[data-id]', '[data-id=2]', '[data-id="3"]', 'a[href^=https]', 'a[href$=".html"]', 'a[href*="b.org"]',
    '[lang|=en]', '[class~=special]', 'a[rel!=nofollow]', 'li:first-child', 'li:last-child', 'li:nth-child(2)',
    'li:nth-child(odd)', 'li:not(.first)', 'li:has(span)', 'p:contains(Intro)', 'input:checked', '*',
    'div li a', 'ul > a', 'h1 + ul', 'h1 ~ p', 'DIV', 'missing', '#main .item a', 'li[data-id="2"] a',
];
for (const selector of selectors) {
    const found = $(selector);
    console.log(JSON.stringify(selector), found.length, JSON.stringify(found.toArray().map((el) => el.name)));
}
for (const bad of ['li:first', 'li:eq(0)', '[', 'a:unknown']) {
    try { $(bad); console.log('no error', bad); } catch (e) { console.log(bad, e.name); }
}
console.log($('').length, $(null).length, $(undefined).length);
console.log($('li', '.items').length, $('a', $('li.last')).length, $('ul').find('> li').length);
// expect: "li" 3 ["li","li","li"]
// expect: ".item" 3 ["li","li","li"]
// expect: "#main" 1 ["div"]
// expect: "ul li" 3 ["li","li","li"]
// expect: "div > h1" 1 ["h1"]
// expect: "body > ul" 0 []
// expect: ".box.wide" 1 ["div"]
// expect: "li.first, li.last" 2 ["li","li"]
// expect: "p, h1, title" 4 ["title","h1","p","p"]
// expect: "[data-id]" 3 ["li","li","li"]
// expect: "[data-id=2]" 1 ["li"]
// expect: "[data-id=\"3\"]" 1 ["li"]
// expect: "a[href^=https]" 1 ["a"]
// expect: "a[href$=\".html\"]" 1 ["a"]
// expect: "a[href*=\"b.org\"]" 1 ["a"]
// expect: "[lang|=en]" 2 ["p","p"]
// expect: "[class~=special]" 1 ["li"]
// expect: "a[rel!=nofollow]" 2 ["a","a"]
// expect: "li:first-child" 1 ["li"]
// expect: "li:last-child" 1 ["li"]
// expect: "li:nth-child(2)" 1 ["li"]
// expect: "li:nth-child(odd)" 2 ["li","li"]
// expect: "li:not(.first)" 2 ["li","li"]
// expect: "li:has(span)" 1 ["li"]
// expect: "p:contains(Intro)" 1 ["p"]
// expect: "input:checked" 1 ["input"]
// expect: "*" 21 ["html","head","title","style","body","div","h1","ul","li","a","li","a","li","a","span","p","b","p","div","input","input"]
// expect: "div li a" 3 ["a","a","a"]
// expect: "ul > a" 0 []
// expect: "h1 + ul" 1 ["ul"]
// expect: "h1 ~ p" 2 ["p","p"]
// expect: "DIV" 2 ["div","div"]
// expect: "missing" 0 []
// expect: "#main .item a" 3 ["a","a","a"]
// expect: "li[data-id=\"2\"] a" 1 ["a"]
// expect: li:first SyntaxError
// expect: li:eq(0) SyntaxError
// expect: [ SyntaxError
// expect: a:unknown SyntaxError
// expect: 0 0 0
// expect: 3 1 3
