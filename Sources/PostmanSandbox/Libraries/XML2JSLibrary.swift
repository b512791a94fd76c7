/// xml2js 0.4 over Postie's own XML parser: `require('xml2js')` and the global `xml2Json`.
enum XML2JSLibrary {
    static var xml2js: ScriptLibrary { ScriptLibrary(fileName: "xml2js.js", xml2jsSource, natives: MarkupScriptTree.xmlNatives) }

    static let xml2jsSource = ##"""
//- defaults
{
    '0.2': {
        explicitCharkey: false, trim: false, normalize: false, normalizeTags: false, attrkey: '$', charkey: '_',
        explicitArray: true, ignoreAttrs: false, mergeAttrs: false, explicitRoot: true, validator: null,
        xmlns: false, explicitChildren: false, preserveChildrenOrder: false, childkey: '$$', charsAsChildren: false,
        includeWhiteChars: false, async: false, strict: true, attrNameProcessors: null, attrValueProcessors: null,
        tagNameProcessors: null, valueProcessors: null, rootName: 'root',
        xmldec: { version: '1.0', encoding: 'UTF-8', standalone: true }, doctype: null,
        renderOpts: { pretty: true, indent: '  ', newline: '\n' }, headless: false, chunkSize: 10000, emptyTag: '',
        cdata: false
    }
}

//- processors
{
    normalize: function normalize(str) { return str.toLowerCase(); },
    firstCharLowerCase: function firstCharLowerCase(str) { return str.charAt(0).toLowerCase() + str.slice(1); },
    stripPrefix: function stripPrefix(str) { return str.replace(/(?!xmlns)^.*:/, ''); },
    parseNumbers: function parseNumbers(str) {
        if (!isNaN(str)) str = str % 1 === 0 ? parseInt(str, 10) : parseFloat(str);
        return str;
    },
    parseBooleans: function parseBooleans(str) {
        if (/^(?:true|false)$/i.test(str)) str = str.toLowerCase() === 'true';
        return str;
    }
}

//- ValidationError
(function () {
    function ValidationError(message) {
        var error = new Error(message);
        Object.setPrototypeOf(error, ValidationError.prototype);
        return error;
    }
    ValidationError.prototype = Object.create(Error.prototype, {
        constructor: { value: ValidationError, writable: true, configurable: true },
        name: { value: 'ValidationError', writable: true, configurable: true }
    });
    return ValidationError;
})()

//- Builder
(function () {
    function Builder(opts) {
        this.options = lib.$options(opts);
    }
    Builder.prototype.buildObject = function (rootObj) {
        var options = this.options, attrkey = options.attrkey, charkey = options.charkey;
        var rootName, hasOwn = Object.prototype.hasOwnProperty, build = lib.$xmlBuild;
        if (Object.keys(rootObj).length === 1 && options.rootName === lib.defaults['0.2'].rootName) {
            rootName = Object.keys(rootObj)[0];
            rootObj = rootObj[rootName];
        } else {
            rootName = options.rootName;
        }
        function text(element, value) {
            if (options.cdata && build.requiresCDATA(value)) element.children.push({ raw: build.wrapCDATA(value) });
            else element.children.push({ text: String(value) });
        }
        function render(element, obj) {
            var key, child, index, entry;
            if (typeof obj !== 'object') {
                text(element, obj);
            } else if (Array.isArray(obj)) {
                for (index in obj) {
                    if (!hasOwn.call(obj, index)) continue;
                    for (key in obj[index]) render(build.add(element, key), obj[index][key]);
                }
            } else {
                for (key in obj) {
                    if (!hasOwn.call(obj, key)) continue;
                    child = obj[key];
                    if (key === attrkey) {
                        if (typeof child === 'object') {
                            for (var attr in child) build.attribute(element, attr, child[attr]);
                        }
                    } else if (key === charkey) {
                        text(element, child);
                    } else if (Array.isArray(child)) {
                        for (index in child) {
                            if (!hasOwn.call(child, index)) continue;
                            entry = child[index];
                            if (typeof entry === 'string') text(build.add(element, key), entry);
                            else render(build.add(element, key), entry);
                        }
                    } else if (typeof child === 'object') {
                        render(build.add(element, key), child);
                    } else {
                        text(build.add(element, key), child == null ? '' : child.toString());
                    }
                }
            }
            return element;
        }
        var root = build.element(rootName);
        render(root, rootObj);
        return build.render(root, options);
    };
    return Builder;
})()

//- $xmlBuild
{
    element: function (name) { return { name: String(name), attributes: [], children: [] }; },
    add: function (parent, name) {
        var child = { name: String(name), attributes: [], children: [] };
        parent.children.push(child);
        return child;
    },
    attribute: function (element, name, value) {
        if (value == null) return;
        for (var i = 0; i < element.attributes.length; i++) {
            if (element.attributes[i][0] === name) {
                element.attributes[i][1] = String(value);
                return;
            }
        }
        element.attributes.push([name, String(value)]);
    },
    requiresCDATA: function (value) {
        return typeof value === 'string' && /[&<>]/.test(value);
    },
    wrapCDATA: function (value) { return '<![CDATA[' + String(value).replace(/]]>/g, ']]]]><![CDATA[>') + ']]>'; },
    escapeText: function (text) {
        return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
    },
    escapeAttribute: function (text) {
        return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
            .replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
    },
    render: function (root, options) {
        var build = this, renderOpts = options.renderOpts || {}, pretty = !!renderOpts.pretty;
        var indent = pretty ? (renderOpts.indent != null ? renderOpts.indent : '  ') : '';
        var newline = pretty ? (renderOpts.newline != null ? renderOpts.newline : '\n') : '';
        var out = '';
        if (!options.headless && options.xmldec) {
            var dec = options.xmldec;
            out += '<?xml version="' + (dec.version || '1.0') + '"';
            if (dec.encoding) out += ' encoding="' + dec.encoding + '"';
            if (dec.standalone != null) out += ' standalone="' + (dec.standalone ? 'yes' : 'no') + '"';
            out += '?>' + newline;
        }
        function node(element, level) {
            var pad = new Array(level + 1).join(indent), text = pad + '<' + element.name;
            element.attributes.forEach(function (pair) {
                text += ' ' + pair[0] + '="' + build.escapeAttribute(pair[1]) + '"';
            });
            var children = element.children;
            if (children.length === 0) return text + '/>' + newline;
            if (children.length === 1 && children[0].name === undefined) {
                var only = children[0];
                return text + '>' + (only.raw !== undefined ? only.raw : build.escapeText(only.text)) +
                    '</' + element.name + '>' + newline;
            }
            text += '>' + newline;
            children.forEach(function (child) {
                if (child.name !== undefined) text += node(child, level + 1);
                else text += pad + indent + (child.raw !== undefined ? child.raw : build.escapeText(child.text)) + newline;
            });
            return text + pad + '</' + element.name + '>' + newline;
        }
        out += node(root, 0);
        return newline && out.slice(-newline.length) === newline ? out.slice(0, -newline.length) : out;
    }
}

//- Parser
(function () {
    function Parser(opts) {
        if (!(this instanceof Parser)) return new Parser(opts);
        this.options = lib.$options(opts);
        if (this.options.xmlns) this.options.xmlnskey = this.options.attrkey + 'ns';
        if (this.options.normalizeTags) {
            if (!this.options.tagNameProcessors) this.options.tagNameProcessors = [];
            this.options.tagNameProcessors.unshift(lib.processors.normalize);
        }
        this._listeners = {};
        this.parseString = this.parseString.bind(this);
        this.parseStringPromise = this.parseStringPromise.bind(this);
    }
    Parser.prototype.on = function (event, listener) {
        (this._listeners[event] = this._listeners[event] || []).push(listener);
        return this;
    };
    Parser.prototype.addListener = Parser.prototype.on;
    Parser.prototype.once = Parser.prototype.on;
    Parser.prototype.emit = function (event, value) {
        var listeners = (this._listeners[event] || []).slice();
        if (event === 'error' && listeners.length === 0) throw value;
        for (var i = 0; i < listeners.length; i++) listeners[i].call(this, value);
        return listeners.length > 0;
    };
    Parser.prototype.removeAllListeners = function () {
        this._listeners = {};
        return this;
    };
    Parser.prototype.reset = function () { return this.removeAllListeners(); };
    Parser.prototype.parseString = function (str, cb) {
        var self = this;
        if (cb != null && typeof cb === 'function') {
            this.on('end', function (result) { self.reset(); cb(null, result); });
            this.on('error', function (error) { self.reset(); cb(error); });
        }
        if (this.options.async && typeof setTimeout === 'function') {
            setTimeout(function () { self._parse(str); }, 0);
            return undefined;
        }
        return this._parse(str);
    };
    Parser.prototype._parse = function (str) {
        var self = this, result, failed = false, root;
        try {
            str = str.toString();
            if (str.trim() === '') {
                this.emit('end', null);
                return true;
            }
            if (str.charCodeAt(0) === 0xFEFF) str = str.substring(1);
            root = native.parseXML(str);
            result = lib.$shape(this.options, root, [], function (error) {
                if (!failed) {
                    failed = true;
                    self.emit('error', error);
                }
            });
        } catch (error) {
            if (!failed) self.emit('error', error);
            return this;
        }
        if (!failed) this.emit('end', result);
        return this;
    };
    Parser.prototype.parseStringPromise = function (str) {
        var self = this;
        return new Promise(function (resolve, reject) {
            self.parseString(str, function (error, value) {
                if (error) reject(error); else resolve(value);
            });
        });
    };
    return Parser;
})()

//- parseString
function parseString(str, a, b) {
    var cb, options = {};
    if (b != null) {
        if (typeof b === 'function') cb = b;
        if (typeof a === 'object') options = a;
    } else {
        if (typeof a === 'function') cb = a;
    }
    return new lib.Parser(options).parseString(str, cb);
}

//- parseStringPromise
function parseStringPromise(str, a) {
    var options = typeof a === 'object' ? a : {};
    return new lib.Parser(options).parseStringPromise(str);
}

//- $xml2Json
function xml2Json(string) {
    var json = {};
    lib.parseString(string, { explicitArray: false, async: false, trim: true, mergeAttrs: false },
        function (_, result) { json = result; });
    return json;
}

//- $options
function options(given) {
    var result = {}, base = lib.defaults['0.2'], key;
    for (key in base) if (Object.prototype.hasOwnProperty.call(base, key)) result[key] = base[key];
    for (key in given) if (Object.prototype.hasOwnProperty.call(given, key)) result[key] = given[key];
    return result;
}

//- $processItem
function processItem(processors, item, key) {
    for (var i = 0; i < processors.length; i++) item = processors[i](item, key);
    return item;
}

//- $assignOrPush
function assignOrPush(options, obj, key, value) {
    if (!(key in obj)) {
        obj[key] = options.explicitArray ? [value] : value;
    } else {
        if (!(obj[key] instanceof Array)) obj[key] = [obj[key]];
        obj[key].push(value);
    }
}

//- $shape
function shape(options, node, stack, emitError) {
    // Mirrors xml2js's sax handlers: open tag, text and CDATA, child elements, then close tag.
    var attrkey = options.attrkey, charkey = options.charkey, processItem = lib.$processItem;
    var obj = {}, key, value, name;
    obj[charkey] = '';
    if (!options.ignoreAttrs) {
        for (key in node.attributes) {
            if (!(attrkey in obj) && !options.mergeAttrs) obj[attrkey] = {};
            value = options.attrValueProcessors
                ? processItem(options.attrValueProcessors, node.attributes[key], key) : node.attributes[key];
            name = options.attrNameProcessors ? processItem(options.attrNameProcessors, key) : key;
            if (options.mergeAttrs) lib.$assignOrPush(options, obj, name, value);
            else obj[attrkey][name] = value;
        }
    }
    obj['#name'] = options.tagNameProcessors ? processItem(options.tagNameProcessors, node.name) : node.name;
    stack.push(obj);
    var children = node.children;
    for (var i = 0; i < children.length; i++) {
        var child = children[i];
        if (typeof child === 'string') {
            lib.$addText(options, obj, child);
        } else if (child.cdata !== undefined) {
            lib.$addText(options, obj, child.cdata);
            obj.cdata = true;
        } else {
            var shaped = lib.$shape(options, child, stack, emitError);
            lib.$assignOrPush(options, obj, shaped.name, shaped.value);
        }
    }
    return lib.$close(options, stack, emitError);
}

//- $addText
function addText(options, obj, text) {
    var charkey = options.charkey;
    obj[charkey] += text;
    if (options.explicitChildren && options.preserveChildrenOrder && options.charsAsChildren &&
        (options.includeWhiteChars || text.replace(/\\n/g, '').trim() !== '')) {
        obj[options.childkey] = obj[options.childkey] || [];
        var charChild = { '#name': '__text__' };
        charChild[charkey] = options.normalize ? text.replace(/\s{2,}/g, ' ').trim() : text;
        obj[options.childkey].push(charChild);
    }
}

//- $close
function close(options, stack, emitError) {
    // Returns the closed element's name (after tagNameProcessors) and its shaped value.
    var charkey = options.charkey, obj = stack.pop(), nodeName = obj['#name'], cdata, emptyStr, key;
    if (!options.explicitChildren || !options.preserveChildrenOrder) delete obj['#name'];
    if (obj.cdata === true) {
        cdata = obj.cdata;
        delete obj.cdata;
    }
    var s = stack[stack.length - 1];
    if (obj[charkey].match(/^\s*$/) && !cdata) {
        emptyStr = obj[charkey];
        delete obj[charkey];
    } else {
        if (options.trim) obj[charkey] = obj[charkey].trim();
        if (options.normalize) obj[charkey] = obj[charkey].replace(/\s{2,}/g, ' ').trim();
        obj[charkey] = options.valueProcessors
            ? lib.$processItem(options.valueProcessors, obj[charkey], nodeName) : obj[charkey];
        if (Object.keys(obj).length === 1 && charkey in obj && !options.explicitCharkey) obj = obj[charkey];
    }
    if (typeof obj === 'object' && obj !== null && Object.keys(obj).length === 0) {
        obj = options.emptyTag !== '' ? options.emptyTag : emptyStr;
    }
    if (options.validator != null) {
        var path = stack.map(function (node) { return node['#name']; }).concat(nodeName).join('/');
        try {
            obj = options.validator('/' + path, s && s[nodeName], obj);
        } catch (error) {
            emitError(error);
        }
    }
    if (options.explicitChildren && !options.mergeAttrs && typeof obj === 'object') {
        if (!options.preserveChildrenOrder) {
            var node = {};
            if (options.attrkey in obj) {
                node[options.attrkey] = obj[options.attrkey];
                delete obj[options.attrkey];
            }
            if (!options.charsAsChildren && charkey in obj) {
                node[charkey] = obj[charkey];
                delete obj[charkey];
            }
            if (Object.getOwnPropertyNames(obj).length > 0) node[options.childkey] = obj;
            obj = node;
        } else if (s) {
            s[options.childkey] = s[options.childkey] || [];
            var clone = {};
            for (key in obj) if (Object.prototype.hasOwnProperty.call(obj, key)) clone[key] = obj[key];
            s[options.childkey].push(clone);
            delete obj['#name'];
            if (Object.keys(obj).length === 1 && charkey in obj && !options.explicitCharkey) obj = obj[charkey];
        }
    }
    if (stack.length === 0) {
        if (!options.explicitRoot) return obj;
        var wrapped = {};
        wrapped[nodeName] = obj;
        return wrapped;
    }
    return { name: nodeName, value: obj };
}
"""##
}
