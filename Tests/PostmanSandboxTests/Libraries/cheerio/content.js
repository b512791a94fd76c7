// text(), html(), attr(), val(), hasClass() and $.html(); rendering re-encodes entities as cheerio 0.22 does.
const $ = cheerio.load(`<div class="card primary"  data-x="1"><h2>Caf&eacute; &amp; Bar</h2><p>A &lt;b&gt; tag &nbsp; &copy; 2023</p>
<img src="a.png" alt=""><br/><a href='/x?a=1&amp;b=2' title="say &quot;hi&quot;">link</a>
<script>if (a < b && c) { x = "</div>"; }</script><!-- note --><form><input name=q value="v 1"><input type=checkbox name=c>
<input type=radio name=r value=r1 checked><textarea name=t>typed text</textarea>
<select name=s><option value=a>A<option value=b selected>B</select><select name=m multiple><option value=1 selected>1<option selected>two</select>
<option>bare</option></form></div>`);
console.log(JSON.stringify($('h2').text()), JSON.stringify($('p').text()));
console.log(JSON.stringify($('h2').html()), JSON.stringify($('p').html()));
console.log(JSON.stringify($('a').attr('href')), JSON.stringify($('a').attr('title')), $('a').attr('missing'), JSON.stringify($('div').attr()));
console.log(JSON.stringify($('img').attr('alt')), $.html('img'), $.html('a'), $.html('br'));
console.log(JSON.stringify($('script').html()), JSON.stringify($('script').text()));
console.log($('input[name=q]').val(), $('input[name=c]').val(), $('input[name=r]').val(), $('textarea').val());
console.log($('select[name=s]').val(), JSON.stringify($('select[name=m]').val()), $('option').last().val(), $('p').val());
console.log($('div').hasClass('card'), $('div').hasClass('primary'), $('div').hasClass('car'), $('p').hasClass('card'), $('nothing').hasClass('x'));
console.log($('nothing').attr('x'), $('nothing').html(), JSON.stringify($('nothing').text()), $('nothing').val());
console.log(JSON.stringify($('form').text().replace(/\s+/g, ' ')));
console.log($.html('h2, p'));
console.log(JSON.stringify($.html().slice(0, 80)));
console.log($('input[name=r]').attr('checked'), $('option[selected]').length, $('input:checked').length);
const doc = cheerio.load('<ul><li>one<li>two</ul><table><tr><td>a<td>b<tr><td>c</table><p>x<p>y');
console.log(doc('li').length, doc('td').length, doc('tr').length, doc('p').length, doc.html());
console.log(cheerio.load('').html(), cheerio.load('plain text').text(), cheerio.load('<b>é 😀</b>').html());
// expect: "Café & Bar" "A <b> tag   © 2023"
// expect: "Caf&#xE9; &amp; Bar" "A &lt;b&gt; tag &#xA0; &#xA9; 2023"
// expect: "/x?a=1&b=2" "say \"hi\"" undefined {"class":"card primary","data-x":"1"}
// expect: "" <img src="a.png" alt> <a href="/x?a=1&amp;b=2" title="say &quot;hi&quot;">link</a> <br>
// expect: "if (a < b && c) { x = \"</div>\"; }" "if (a < b && c) { x = \"</div>\"; }"
// expect: v 1 on r1 typed text
// expect: b ["1","two"] bare undefined
// expect: true true false false false
// expect: undefined null "" undefined
// expect: " typed text AB1two bare"
// expect: <h2>Caf&#xE9; &amp; Bar</h2><p>A &lt;b&gt; tag &#xA0; &#xA9; 2023</p>
// expect: "<div class=\"card primary\" data-x=\"1\"><h2>Caf&#xE9; &amp; Bar</h2><p>A &lt;b&gt; "
// expect: checked 3 1
// expect: 2 3 2 2 <ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table><p>x</p><p>y</p>
// expect:  plain text <b>&#xE9; &#x1F600;</b>
