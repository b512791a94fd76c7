/// cheerio 0.22's basic selector API over Postie's own HTML parser: the global `cheerio` and `require('cheerio')`.
enum CheerioLibrary {
    static var cheerio: ScriptLibrary {
        ScriptLibrary(
            fileName: "cheerio.js", cheerioSource, methodsSource, selectorSource, natives: MarkupScriptTree.htmlNatives)
    }

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

"""##
}
