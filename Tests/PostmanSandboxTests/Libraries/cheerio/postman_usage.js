// How real collections use cheerio: load a response body, pick values, test them, and store them.
const body = `<html><head><meta name="csrf-token" content="tok-123"><title>Login</title></head>
<body><form action="/login" method="post"><input type="hidden" name="_csrf" value="abc"><input name="user"></form>
<table id="results"><tr><th>Name</th><th>Score</th></tr><tr><td>Ann</td><td>9</td></tr><tr><td>Bob</td><td>7</td></tr></table>
<a class="next" href="/page/2">Next &raquo;</a></body></html>`;
const $ = cheerio.load(body);
console.log($('title').text(), $('meta[name="csrf-token"]').attr('content'), $('input[name=_csrf]').val());
const rows = [];
$('#results tr').each((i, tr) => {
    const cells = $(tr).find('td');
    if (cells.length) rows.push({ name: cells.eq(0).text(), score: Number(cells.eq(1).text()) });
});
console.log(JSON.stringify(rows));
console.log($('a.next').text(), $('a.next').attr('href'), $('form').attr('action'), $('th').map((i, th) => $(th).text()).get().join('|'));
pm.test('has a csrf token', () => pm.expect($('input[name=_csrf]').val()).to.equal('abc'));
const required = require('cheerio');
console.log(typeof required.load, required.load('<i>r</i>')('i').text());
// expect: Login tok-123 abc
// expect: [{"name":"Ann","score":9},{"name":"Bob","score":7}]
// expect: Next » /page/2 /login Name|Score
// expect: function r
