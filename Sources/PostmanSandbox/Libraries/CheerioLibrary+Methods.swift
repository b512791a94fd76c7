extension CheerioLibrary {
    /// The methods of a selection: reading and setting content and attributes, traversal and filtering.
    static let methodsSource = ##"""
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

"""##
}
