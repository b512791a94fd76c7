extension CheerioLibrary {
    /// CSS selectors: parsing them and compiling them into tests over the parsed tree.
    static let selectorSource = ##"""
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
