/// cheerio 0.22's basic selector API over Postie's own HTML parser: the global `cheerio` and `require('cheerio')`.
enum CheerioLibrary {
    static var cheerio: ScriptLibrary { ScriptLibrary(fileName: "cheerio.js", cheerioSource, natives: MarkupScriptTree.htmlNatives) }

    static let cheerioSource = ##"""
//- module
function cheerio(selector, context, root) {
    return lib.load(root === undefined ? '' : root)(selector, context);
}

//- version
'0.22.0'

//- load
function load(content, options) {
    var root;
    if (content && typeof content === 'object' && content.type === 'root') root = content;
    else root = native.parseHTML(content == null ? '' : String(content));
    var Cheerio = lib.$Cheerio;
    function initialize(selector, context) {
        return Cheerio.create(selector, context, root, initialize);
    }
    initialize._root = root;
    initialize._options = options || {};
    initialize.root = function () { return Cheerio.wrap([root], initialize); };
    initialize.html = function (selector) {
        if (selector === undefined) return lib.$render([root]);
        return lib.$render(typeof selector === 'string' ? initialize(selector).toArray() : initialize(selector).toArray());
    };
    initialize.xml = initialize.html;
    initialize.text = function (elements) { return lib.$text(elements ? elements : [root]); };
    initialize.contains = function (container, contained) {
        for (var node = contained && contained.parent; node; node = node.parent) if (node === container) return true;
        return false;
    };
    return initialize;
}

//- html
function html(elements) {
    if (elements == null) return '';
    return lib.$render(elements.cheerio ? elements.toArray() : [].concat(elements));
}

//- text
function text(elements) {
    return lib.$text(elements && elements.cheerio ? elements.toArray() : [].concat(elements || []));
}

//- $text
function text(elements) {
    var result = '';
    for (var i = 0; i < elements.length; i++) {
        var element = elements[i];
        if (element.type === 'text') result += element.data;
        else if (element.children && element.type !== 'comment') result += lib.$text(element.children);
    }
    return result;
}

//- $isTag
function isTag(node) {
    return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

//- $encode
function encode(text) {
    // entities 1.1's encodeXML: the five XML specials by name, anything beyond ASCII as a hex reference.
    var names = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
    return String(text).replace(/[&<>"']|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\0-\x7F]/g, function (match) {
        if (names[match]) return names[match];
        return '&#x' + match.codePointAt(0).toString(16).toUpperCase() + ';';
    });
}

//- $render
function render(nodes) {
    var raw = { style: 1, script: 1, xmp: 1, iframe: 1, noembed: 1, noframes: 1, plaintext: 1, noscript: 1 };
    var single = {
        area: 1, base: 1, basefont: 1, br: 1, col: 1, command: 1, embed: 1, frame: 1, hr: 1, img: 1, input: 1,
        isindex: 1, keygen: 1, link: 1, meta: 1, param: 1, source: 1, track: 1, wbr: 1
    };
    var encode = lib.$encode, isTag = lib.$isTag;
    var out = '';
    for (var i = 0; i < nodes.length; i++) {
        var node = nodes[i];
        if (node.type === 'root') {
            out += render(node.children);
        } else if (isTag(node)) {
            out += '<' + node.name;
            for (var key in node.attribs) {
                var value = node.attribs[key];
                out += ' ' + key;
                if (value !== null && value !== '') out += '="' + encode(value) + '"';
            }
            out += '>';
            if (node.children) out += render(node.children);
            if (!single[node.name]) out += '</' + node.name + '>';
        } else if (node.type === 'directive') {
            out += '<' + node.data + '>';
        } else if (node.type === 'comment') {
            out += '<!--' + node.data + '-->';
        } else if (node.type === 'cdata') {
            out += '<![CDATA[' + node.children[0].data + ']]>';
        } else {
            out += node.parent && raw[node.parent.name] ? node.data : encode(node.data);
        }
    }
    return out;
}

//- $Cheerio
(function () {
    function Cheerio() {}
    var methods = [
        'attr', 'text', 'html', 'find', 'each', 'map', 'get', 'toArray', 'first', 'last', 'eq', 'children',
        'parent', 'parents', 'closest', 'next', 'prev', 'siblings', 'contents', 'filter', 'not', 'is', 'has',
        'val', 'hasClass', 'slice', 'index', 'end', 'toString', 'data', 'add'
    ];
    methods.forEach(function (name) {
        Object.defineProperty(Cheerio.prototype, name, {
            configurable: true,
            get: function () {
                var method = lib['$method_' + name];
                Object.defineProperty(Cheerio.prototype, name, { value: method, writable: true, configurable: true });
                return method;
            }
        });
    });
    Cheerio.prototype.cheerio = '[cheerio object]';
    Cheerio.prototype.splice = Array.prototype.splice;
    Cheerio.wrap = function (nodes, $, previous) {
        var set = new Cheerio();
        for (var i = 0; i < nodes.length; i++) set[i] = nodes[i];
        set.length = nodes.length;
        Object.defineProperty(set, '_$', { value: $ });
        Object.defineProperty(set, '_root', { value: $._root });
        if (previous) Object.defineProperty(set, 'prevObject', { value: previous });
        return set;
    };
    Cheerio.create = function (selector, context, root, $) {
        if (!selector) return Cheerio.wrap([], $);
        if (selector.cheerio) return selector;
        if (typeof selector === 'object' && !Array.isArray(selector)) return Cheerio.wrap([selector], $);
        if (Array.isArray(selector)) return Cheerio.wrap(selector, $);
        selector = String(selector);
        if (/^\s*</.test(selector)) return Cheerio.wrap(native.parseHTML(selector).children.map(function (node) {
            node.parent = null;
            return node;
        }), $);
        var base;
        if (!context) base = Cheerio.wrap([root], $);
        else if (typeof context === 'string') base = Cheerio.create(context, null, root, $);
        else base = Cheerio.create(context, null, root, $);
        return base.find(selector);
    };
    return Cheerio;
})()

//- $make
function make(set, nodes) {
    return lib.$Cheerio.wrap(nodes, set._$, set);
}

//- $unique
function unique(nodes) {
    var result = [];
    for (var i = 0; i < nodes.length; i++) if (result.indexOf(nodes[i]) < 0) result.push(nodes[i]);
    return result;
}

//- $filterBy
function filterBy(nodes, match, set) {
    if (match === undefined) return nodes;
    if (typeof match === 'function') {
        return nodes.filter(function (node, i) { return match.call(node, i, node); });
    }
    if (typeof match === 'string') {
        var test = lib.$selector(match);
        return nodes.filter(function (node) { return lib.$isTag(node) && test(node); });
    }
    var others = match.cheerio ? match.toArray() : [].concat(match);
    return nodes.filter(function (node) { return others.indexOf(node) >= 0; });
}

//- $method_attr
function attr(name, value) {
    var isTag = lib.$isTag;
    if (typeof name === 'object' || value !== undefined) {
        for (var i = 0; i < this.length; i++) {
            var node = this[i];
            if (!isTag(node)) continue;
            if (typeof name === 'object') {
                for (var key in name) lib.$setAttr(node, key, name[key]);
            } else {
                lib.$setAttr(node, name, typeof value === 'function' ? value.call(node, i, node.attribs[name]) : value);
            }
        }
        return this;
    }
    var element = this[0];
    if (!element || !isTag(element)) return undefined;
    if (!element.attribs) element.attribs = {};
    if (!name) return element.attribs;
    if (Object.prototype.hasOwnProperty.call(element.attribs, name)) {
        return /^(?:autofocus|autoplay|async|checked|controls|defer|disabled|hidden|loop|multiple|open|readonly|required|scoped|selected)$/i.test(name)
            ? name : element.attribs[name];
    }
    if (element.name === 'option' && name === 'value') return lib.$text(element.children);
    if (element.name === 'input' && (element.attribs.type === 'radio' || element.attribs.type === 'checkbox') &&
        name === 'value') return 'on';
    return undefined;
}

//- $setAttr
function setAttr(node, name, value) {
    if (value === null) delete node.attribs[name];
    else node.attribs[name] = String(value);
}

//- $method_text
function text(value) {
    if (value === undefined) return lib.$text(this.toArray());
    for (var i = 0; i < this.length; i++) {
        var node = this[i];
        var textNode = { data: String(typeof value === 'function' ? value.call(node, i, lib.$text([node])) : value), type: 'text', parent: node, prev: null, next: null };
        node.children = [textNode];
    }
    return this;
}

//- $method_html
function html(value) {
    if (value === undefined) {
        if (!this[0] || !this[0].children) return null;
        return lib.$render(this[0].children);
    }
    for (var i = 0; i < this.length; i++) {
        var node = this[i], children = native.parseHTML(value && value.cheerio ? value.toString() : String(value)).children;
        children.forEach(function (child) { child.parent = node; });
        node.children = children;
    }
    return this;
}

//- $method_toString
function toString() {
    return lib.$render(this.toArray());
}

//- $method_find
function find(selector) {
    if (!selector) return lib.$make(this, []);
    var contexts = this.toArray(), isTag = lib.$isTag;
    if (typeof selector !== 'string') {
        var wanted = selector.cheerio ? selector.toArray() : [selector];
        return lib.$make(this, wanted.filter(function (node) {
            for (var up = node.parent; up; up = up.parent) if (contexts.indexOf(up) >= 0) return true;
            return false;
        }));
    }
    var test = lib.$selector(selector, contexts), found = [];
    (function walk(nodes) {
        for (var i = 0; i < nodes.length; i++) {
            var node = nodes[i];
            if (!isTag(node)) continue;
            if (test(node) && found.indexOf(node) < 0) found.push(node);
            if (node.children) walk(node.children);
        }
    })(contexts.reduce(function (all, node) { return all.concat(node.children || []); }, []));
    return lib.$make(this, found);
}

//- $method_each
function each(fn) {
    for (var i = 0; i < this.length; i++) if (fn.call(this[i], i, this[i]) === false) break;
    return this;
}

//- $method_map
function map(fn) {
    var result = [];
    for (var i = 0; i < this.length; i++) {
        var value = fn.call(this[i], i, this[i]);
        if (value != null) result = result.concat(value);
    }
    return lib.$make(this, result);
}

//- $method_get
function get(i) {
    if (i == null) return this.toArray();
    return this[i < 0 ? this.length + i : i];
}

//- $method_toArray
function toArray() {
    return Array.prototype.slice.call(this, 0, this.length);
}

//- $method_first
function first() {
    return this.length > 1 ? lib.$make(this, [this[0]]) : this;
}

//- $method_last
function last() {
    return this.length > 1 ? lib.$make(this, [this[this.length - 1]]) : this;
}

//- $method_eq
function eq(i) {
    i = +i;
    if (i === 0 && this.length <= 1) return this;
    if (i < 0) i = this.length + i;
    return this[i] ? lib.$make(this, [this[i]]) : lib.$make(this, []);
}

//- $method_slice
function slice(start, end) {
    return lib.$make(this, Array.prototype.slice.call(this, start, end));
}

//- $method_children
function children(selector) {
    var isTag = lib.$isTag, nodes = [];
    for (var i = 0; i < this.length; i++) nodes = nodes.concat((this[i].children || []).filter(isTag));
    return lib.$make(this, lib.$filterBy(nodes, selector, this));
}

//- $method_contents
function contents() {
    var nodes = [];
    for (var i = 0; i < this.length; i++) nodes = nodes.concat(this[i].children || []);
    return lib.$make(this, nodes);
}

//- $method_parent
function parent(selector) {
    var set = [];
    for (var i = 0; i < this.length; i++) {
        var up = this[i].parent;
        if (up && set.indexOf(up) < 0) set.push(up);
    }
    return lib.$make(this, lib.$filterBy(set, selector, this));
}

//- $method_parents
function parents(selector) {
    var set = [];
    for (var i = 0; i < this.length; i++) {
        for (var up = this[i].parent; up; up = up.parent) if (set.indexOf(up) < 0) set.push(up);
    }
    return lib.$make(this, lib.$filterBy(set, selector, this));
}

//- $method_closest
function closest(selector) {
    var set = [];
    if (!selector) return lib.$make(this, set);
    for (var i = 0; i < this.length; i++) {
        for (var node = this[i]; node; node = node.parent) {
            if (lib.$filterBy([node], selector, this).length) {
                if (set.indexOf(node) < 0) set.push(node);
                break;
            }
        }
    }
    return lib.$make(this, set);
}

//- $method_next
function next(selector) {
    var set = [];
    for (var i = 0; i < this.length; i++) {
        var node = this[i].next;
        while (node && !lib.$isTag(node)) node = node.next;
        if (node) set.push(node);
    }
    return lib.$make(this, lib.$filterBy(set, selector, this));
}

//- $method_prev
function prev(selector) {
    var set = [];
    for (var i = 0; i < this.length; i++) {
        var node = this[i].prev;
        while (node && !lib.$isTag(node)) node = node.prev;
        if (node) set.push(node);
    }
    return lib.$make(this, lib.$filterBy(set, selector, this));
}

//- $method_siblings
function siblings(selector) {
    var set = [], own = this.toArray(), isTag = lib.$isTag;
    for (var i = 0; i < this.length; i++) {
        var node = this[i], all = node.parent ? node.parent.children : this._root.children;
        all.forEach(function (sibling) {
            if (isTag(sibling) && own.indexOf(sibling) < 0 && set.indexOf(sibling) < 0) set.push(sibling);
        });
    }
    return lib.$make(this, lib.$filterBy(set, selector, this));
}

//- $method_filter
function filter(match) {
    return lib.$make(this, lib.$filterBy(this.toArray(), match, this));
}

//- $method_not
function not(match) {
    var remove = lib.$filterBy(this.toArray(), match, this);
    return lib.$make(this, this.toArray().filter(function (node) { return remove.indexOf(node) < 0; }));
}

//- $method_is
function is(match) {
    return match ? lib.$filterBy(this.toArray(), match, this).length > 0 : false;
}

//- $method_has
function has(match) {
    var self = this;
    return this.filter(function () { return self._$(this).find(match).length > 0; });
}

//- $method_add
function add(other, context) {
    var more = this._$(other, context).toArray();
    return lib.$make(this, lib.$unique(this.toArray().concat(more)));
}

//- $method_index
function index(selector) {
    if (selector === undefined) {
        var node = this[0];
        if (!node) return -1;
        var siblings = node.parent ? node.parent.children : this._root.children;
        return siblings.filter(lib.$isTag).indexOf(node);
    }
    var target = typeof selector === 'string' ? this._$(selector).toArray() : (selector.cheerio ? selector.toArray() : [selector]);
    return typeof selector === 'string' ? target.indexOf(this[0]) : this.toArray().indexOf(target[0]);
}

//- $method_end
function end() {
    return this.prevObject || lib.$make(this, []);
}

//- $method_data
function data(name) {
    var element = this[0];
    if (!element || !lib.$isTag(element)) return undefined;
    var result = {};
    for (var key in element.attribs) {
        if (key.indexOf('data-') !== 0) continue;
        var camel = key.slice(5).replace(/-([a-z])/g, function (_, c) { return c.toUpperCase(); });
        var raw = element.attribs[key], value = raw;
        if (raw === 'true') value = true;
        else if (raw === 'false') value = false;
        else if (raw === 'null') value = null;
        else if (raw !== '' && String(+raw) === raw) value = +raw;
        else if (/^(?:\{[\w\W]*\}|\[[\w\W]*\])$/.test(raw)) {
            try { value = JSON.parse(raw); } catch (e) { value = raw; }
        }
        result[camel] = value;
    }
    return name === undefined ? result : result[name];
}

//- $method_val
function val(value) {
    var element = this[0], querying = arguments.length === 0;
    if (!element) return undefined;
    switch (element.name) {
        case 'textarea':
            return querying ? this.text() : this.text(value);
        case 'input':
            return querying ? this.attr('value') : this.attr('value', value);
        case 'select':
            var options = this.find('option:selected');
            if (!querying) return this;
            if (Object.prototype.hasOwnProperty.call(this.attr(), 'multiple')) {
                return options.toArray().map(function (option) { return lib.$method_attr.call([option], 'value'); });
            }
            return options.attr('value');
        case 'option':
            return querying ? this.attr('value') : this.attr('value', value);
    }
    return undefined;
}

//- $method_hasClass
function hasClass(className) {
    for (var i = 0; i < this.length; i++) {
        var attribs = this[i].attribs, classes = attribs && attribs['class'];
        if (!classes) continue;
        if (classes.split(/[ \t\r\n\f]+/).indexOf(className) >= 0) return true;
    }
    return false;
}

//- $selector
function selector(text, contexts) {
    // css-select 1.2's matching: a compiled test per comma-separated complex selector, matched right to left.
    var groups = lib.$parseSelector(String(text));
    var tests = groups.map(function (compounds) { return lib.$compileComplex(compounds, contexts); });
    return function (node) {
        for (var i = 0; i < tests.length; i++) if (tests[i](node)) return true;
        return false;
    };
}

//- $parseSelector
function parseSelector(text) {
    // Returns [[{combinator, parts: [...]}, ...], ...]: selector groups of compound selectors.
    var i = 0, groups = [], compounds = [], parts = [], combinator = null, length = text.length;
    var nameChar = /[\w\u00A0-\uFFFF\-\\]/;
    function fail(message) { throw new SyntaxError(message); }
    function readName() {
        var start = i, name = '';
        while (i < length && nameChar.test(text[i])) {
            if (text[i] === '\\') {
                name += text[i + 1] || '';
                i += 2;
            } else {
                name += text[i++];
            }
        }
        if (start === i) return '';
        return name;
    }
    function pushCompound() {
        if (parts.length === 0) {
            if (combinator && combinator !== ' ') fail('A combinator must be followed by a selector');
            return;
        }
        compounds.push({ combinator: compounds.length === 0 && combinator === ' ' ? null : combinator, parts: parts });
        parts = [];
        combinator = null;
    }
    function skipSpaces() { while (i < length && /\s/.test(text[i])) i++; }
    skipSpaces();
    while (i < length) {
        var c = text[i];
        if (/\s/.test(c)) {
            skipSpaces();
            if (i < length && !/[>+~,]/.test(text[i]) && parts.length) {
                pushCompound();
                combinator = ' ';
            }
        } else if (c === '>' || c === '+' || c === '~') {
            if (parts.length) pushCompound();
            else if (compounds.length) fail('Two combinators in a row');
            combinator = c;
            i++;
            skipSpaces();
        } else if (c === ',') {
            pushCompound();
            if (compounds.length === 0) fail('Empty sub-selector');
            groups.push(compounds);
            compounds = [];
            combinator = null;
            i++;
            skipSpaces();
        } else if (c === '*') {
            i++;
            parts.push({ type: 'universal' });
        } else if (c === '#') {
            i++;
            parts.push({ type: 'attribute', name: 'id', action: 'equals', value: readName() });
        } else if (c === '.') {
            i++;
            var className = readName();
            if (!className) fail('Expected a class name');
            parts.push({ type: 'attribute', name: 'class', action: 'element', value: className });
        } else if (c === '[') {
            i++;
            skipSpaces();
            var attrName = readName().toLowerCase();
            if (!attrName) fail('Malformed attribute selector: ' + text.slice(i));
            skipSpaces();
            var action = 'exists', value = '', ignoreCase = false;
            var ops = { '=': 'equals', '~=': 'element', '^=': 'start', '$=': 'end', '*=': 'any', '|=': 'hyphen', '!=': 'not' };
            var op = text[i] === '=' ? '=' : text.substr(i, 2);
            if (ops[op]) {
                action = ops[op];
                i += op.length;
                skipSpaces();
                if (text[i] === '"' || text[i] === "'") {
                    var quote = text[i++], close = text.indexOf(quote, i);
                    if (close < 0) fail('Malformed attribute selector: ' + text.slice(i - 1));
                    value = text.slice(i, close);
                    i = close + 1;
                } else {
                    value = readName();
                }
                skipSpaces();
                if (text[i] === 'i' || text[i] === 'I') {
                    ignoreCase = true;
                    i++;
                    skipSpaces();
                }
            }
            if (text[i] !== ']') fail('Malformed attribute selector: ' + text.slice(i));
            i++;
            parts.push({ type: 'attribute', name: attrName, action: action, value: value, ignoreCase: ignoreCase });
        } else if (c === ':') {
            i++;
            var pseudo = readName().toLowerCase(), argument = null;
            if (text[i] === '(') {
                var depth = 1, start = ++i;
                while (i < length && depth) {
                    if (text[i] === '(') depth++;
                    else if (text[i] === ')') depth--;
                    i++;
                }
                if (depth) fail('Parenthesis not matched');
                argument = text.slice(start, i - 1).trim().replace(/^(["'])(.*)\1$/, '$2');
            }
            parts.push({ type: 'pseudo', name: pseudo, argument: argument });
        } else {
            var tag = readName();
            if (!tag) fail('Unmatched selector: ' + text.slice(i));
            parts.push({ type: 'tag', name: tag.toLowerCase() });
        }
    }
    pushCompound();
    if (compounds.length) groups.push(compounds);
    return groups;
}

//- $compileComplex
function compileComplex(compounds, contexts) {
    var tests = compounds.map(function (compound) { return lib.$compileCompound(compound.parts); });
    var isTag = lib.$isTag;
    function elementParent(node) {
        var up = node.parent;
        return up && isTag(up) ? up : null;
    }
    function previousElement(node) {
        for (var sibling = node.prev; sibling; sibling = sibling.prev) if (isTag(sibling)) return sibling;
        return null;
    }
    function matches(node, index) {
        if (!tests[index](node)) return false;
        if (index === 0) {
            var leading = compounds[0].combinator;
            if (!leading) return true;
            // A selector that starts with a combinator (`> li` in find) is relative to the find's elements.
            if (!contexts) return false;
            if (leading === '>') return contexts.indexOf(node.parent) >= 0;
            return false;
        }
        var combinator = compounds[index].combinator, other;
        if (combinator === '>') {
            other = elementParent(node);
            return !!other && matches(other, index - 1);
        }
        if (combinator === ' ') {
            for (other = elementParent(node); other; other = elementParent(other)) if (matches(other, index - 1)) return true;
            return false;
        }
        if (combinator === '+') {
            other = previousElement(node);
            return !!other && matches(other, index - 1);
        }
        for (other = previousElement(node); other; other = previousElement(other)) if (matches(other, index - 1)) return true;
        return false;
    }
    return function (node) { return matches(node, tests.length - 1); };
}

//- $compileCompound
function compileCompound(parts) {
    var checks = parts.map(function (part) {
        if (part.type === 'universal') return function () { return true; };
        if (part.type === 'tag') return function (node) { return node.name === part.name; };
        if (part.type === 'attribute') return lib.$attributeTest(part);
        return lib.$pseudoTest(part);
    });
    return function (node) {
        for (var i = 0; i < checks.length; i++) if (!checks[i](node)) return false;
        return true;
    };
}

//- $attributeTest
function attributeTest(part) {
    var name = part.name, wanted = part.ignoreCase ? part.value.toLowerCase() : part.value;
    return function (node) {
        var attribs = node.attribs;
        if (!attribs || !Object.prototype.hasOwnProperty.call(attribs, name)) return part.action === 'not';
        var value = part.ignoreCase ? attribs[name].toLowerCase() : attribs[name];
        switch (part.action) {
            case 'exists': return true;
            case 'equals': return value === wanted;
            case 'not': return value !== wanted;
            case 'element': return !/\s/.test(wanted) && wanted !== '' && value.split(/[ \t\r\n\f]+/).indexOf(wanted) >= 0;
            case 'start': return wanted !== '' && value.indexOf(wanted) === 0;
            case 'end': return wanted !== '' && value.slice(-wanted.length) === wanted;
            case 'any': return wanted !== '' && value.indexOf(wanted) >= 0;
            case 'hyphen': return value === wanted || value.indexOf(wanted + '-') === 0;
        }
        return false;
    };
}

//- $pseudoTest
function pseudoTest(part) {
    var isTag = lib.$isTag, argument = part.argument;
    function siblings(node) {
        return (node.parent ? node.parent.children : []).filter(isTag);
    }
    function nth(formula) {
        // an+b, odd, even, or a number; returns a test of a 1-based position.
        formula = String(formula).replace(/\s+/g, '').toLowerCase();
        if (formula === 'odd') formula = '2n+1';
        if (formula === 'even') formula = '2n';
        var match = /^([+-]?\d*)?n([+-]\d+)?$/.exec(formula);
        if (!match) {
            if (!/^[+-]?\d+$/.test(formula)) throw new SyntaxError('n-th rule couldn\'t be parsed (\'' + argument + '\')');
            var only = parseInt(formula, 10);
            return function (position) { return position === only; };
        }
        var a = match[1] === undefined || match[1] === '' || match[1] === '+' ? 1 : match[1] === '-' ? -1 : parseInt(match[1], 10);
        var b = match[2] ? parseInt(match[2], 10) : 0;
        return function (position) {
            if (a === 0) return position === b;
            var steps = (position - b) / a;
            return steps >= 0 && steps === Math.floor(steps);
        };
    }
    switch (part.name) {
        case 'first-child': return function (node) { return siblings(node)[0] === node; };
        case 'last-child': return function (node) { var all = siblings(node); return all[all.length - 1] === node; };
        case 'only-child': return function (node) { return siblings(node).length === 1 && node.parent !== null; };
        case 'nth-child':
            var position = nth(argument);
            return function (node) { return position(siblings(node).indexOf(node) + 1); };
        case 'nth-last-child':
            var fromEnd = nth(argument);
            return function (node) { var all = siblings(node); return fromEnd(all.length - all.indexOf(node)); };
        case 'first-of-type':
            return function (node) { return siblings(node).filter(function (s) { return s.name === node.name; })[0] === node; };
        case 'last-of-type':
            return function (node) { var same = siblings(node).filter(function (s) { return s.name === node.name; }); return same[same.length - 1] === node; };
        case 'not':
            var inner = lib.$selector(argument);
            return function (node) { return !inner(node); };
        case 'has':
            var descendant = lib.$selector(argument);
            return function (node) {
                return (function search(children) {
                    for (var i = 0; i < (children || []).length; i++) {
                        if (isTag(children[i]) && (descendant(children[i]) || search(children[i].children))) return true;
                    }
                    return false;
                })(node.children);
            };
        case 'contains':
            return function (node) { return lib.$text([node]).indexOf(argument) >= 0; };
        case 'empty':
            return function (node) {
                return !node.children.some(function (child) { return isTag(child) || child.type === 'text' && child.data !== ''; });
            };
        case 'checked':
            return function (node) {
                return node.attribs.checked !== undefined && (node.name === 'input' || node.name === 'menuitem') ||
                    node.name === 'option' && node.attribs.selected !== undefined;
            };
        case 'selected':
            return function (node) {
                if (node.name !== 'option') return false;
                if (node.attribs.selected !== undefined) return true;
                var select = node.parent;
                if (!select || select.name !== 'select' || select.attribs.multiple !== undefined) return false;
                var options = select.children.filter(function (c) { return c.name === 'option'; });
                return options[0] === node && !options.some(function (o) { return o.attribs.selected !== undefined; });
            };
        case 'disabled':
            return function (node) { return node.attribs.disabled !== undefined; };
        case 'enabled':
            return function (node) { return node.attribs.disabled === undefined && /^(?:input|button|select|textarea|option|optgroup)$/.test(node.name); };
        case 'root':
            return function (node) { return !node.parent || node.parent.type === 'root'; };
    }
    throw new SyntaxError('unmatched pseudo-class :' + part.name);
}
"""##
}
