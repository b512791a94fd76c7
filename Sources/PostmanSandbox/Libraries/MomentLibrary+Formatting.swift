extension MomentLibrary {
    /// Formatting: the token families, long date formats, eras.
    static let formattingSource = ##"""
//- $formatFamilies
({ M: 'M', D: 'D', d: 'd', Y: 'Y', e: 'week', E: 'week', w: 'week', W: 'week', g: 'week', G: 'week', a: 'hour', A: 'hour',
    H: 'hour', h: 'hour', k: 'hour', m: 'time', s: 'time', S: 'time' })
//- $formatCache
Object.create(null)
//- $format_M
function format_M(m, token) {
    var d = m._d;
    var pad = lib.$zeroFill;
    var ordinal = lib.$ordinal;
    var locale = lib.$locale;
    switch (token) {
        case 'M': return d.getUTCMonth() + 1;
        case 'Mo': return ordinal(d.getUTCMonth() + 1);
        case 'MM': return pad(d.getUTCMonth() + 1, 2);
        case 'MMM': return locale._monthsShort[d.getUTCMonth()];
        case 'MMMM': return locale._months[d.getUTCMonth()];
    }
}
//- $format_other
function format_other(m, token) {
    var d = m._d;
    var pad = lib.$zeroFill;
    var ordinal = lib.$ordinal;
    switch (token) {
        case 'Q': return m.quarter();
        case 'Qo': return ordinal(m.quarter());
        case 'Z': return lib.$formatOffset(m.utcOffset(), ':');
        case 'ZZ': return lib.$formatOffset(m.utcOffset(), '');
        case 'X': return m.unix();
        case 'x': return m.valueOf();
        case 'z': return m._isUTC ? 'UTC' : '';
        case 'zz': return m._isUTC ? 'Coordinated Universal Time' : '';
        case 'N': case 'NN': case 'NNN': case 'NNNNN': return d.getUTCFullYear() >= 1 ? 'AD' : 'BC';
        case 'NNNN': return d.getUTCFullYear() >= 1 ? 'Anno Domini' : 'Before Christ';
        case 'y': return lib.$eraYear(d);
        case 'yo': return ordinal(lib.$eraYear(d));
        case 'yy': return pad(lib.$eraYear(d), 2);
        case 'yyy': return pad(lib.$eraYear(d), 3);
        case 'yyyy': return pad(lib.$eraYear(d), 4);
    }
}
//- $format_D
function format_D(m, token) {
    var d = m._d;
    var pad = lib.$zeroFill;
    var ordinal = lib.$ordinal;
    switch (token) {
        case 'D': return d.getUTCDate();
        case 'Do': return ordinal(d.getUTCDate());
        case 'DD': return pad(d.getUTCDate(), 2);
        case 'DDD': return m.dayOfYear();
        case 'DDDo': return ordinal(m.dayOfYear());
        case 'DDDD': return pad(m.dayOfYear(), 3);
    }
}
//- $format_d
function format_d(m, token) {
    var d = m._d;
    var ordinal = lib.$ordinal;
    var locale = lib.$locale;
    switch (token) {
        case 'd': return d.getUTCDay();
        case 'do': return ordinal(d.getUTCDay());
        case 'dd': return locale._weekdaysMin[d.getUTCDay()];
        case 'ddd': return locale._weekdaysShort[d.getUTCDay()];
        case 'dddd': return locale._weekdays[d.getUTCDay()];
    }
}
//- $format_week
function format_week(m, token) {
    var d = m._d;
    var pad = lib.$zeroFill;
    var ordinal = lib.$ordinal;
    switch (token) {
        case 'e': return m.weekday();
        case 'E': return m.isoWeekday();
        case 'w': return m.week();
        case 'wo': return ordinal(m.week());
        case 'ww': return pad(m.week(), 2);
        case 'W': return m.isoWeek();
        case 'Wo': return ordinal(m.isoWeek());
        case 'WW': return pad(m.isoWeek(), 2);
        case 'gg': return pad(m.weekYear() % 100, 2);
        case 'gggg': return pad(m.weekYear(), 4);
        case 'ggggg': return pad(m.weekYear(), 5);
        case 'GG': return pad(m.isoWeekYear() % 100, 2);
        case 'GGGG': return pad(m.isoWeekYear(), 4);
        case 'GGGGG': return pad(m.isoWeekYear(), 5);
    }
}
//- $format_Y
function format_Y(m, token) {
    var d = m._d;
    var pad = lib.$zeroFill;
    var year;
    switch (token) {
        case 'Y':
            year = d.getUTCFullYear();
            return year <= 9999 ? pad(year, 4) : '+' + year;
        case 'YY': return pad(d.getUTCFullYear() % 100, 2);
        case 'YYYY': return pad(d.getUTCFullYear(), 4);
        case 'YYYYY': return pad(d.getUTCFullYear(), 5);
        case 'YYYYYY': return pad(d.getUTCFullYear(), 6, true);
    }
}
//- $format_hour
function format_hour(m, token) {
    var d = m._d;
    var pad = lib.$zeroFill;
    var locale = lib.$locale;
    switch (token) {
        case 'a': return locale.meridiem(d.getUTCHours(), d.getUTCMinutes(), true);
        case 'A': return locale.meridiem(d.getUTCHours(), d.getUTCMinutes(), false);
        case 'H': return d.getUTCHours();
        case 'HH': return pad(d.getUTCHours(), 2);
        case 'h': return d.getUTCHours() % 12 || 12;
        case 'hh': return pad(d.getUTCHours() % 12 || 12, 2);
        case 'k': return d.getUTCHours() || 24;
        case 'kk': return pad(d.getUTCHours() || 24, 2);
        case 'hmm': return '' + (d.getUTCHours() % 12 || 12) + pad(d.getUTCMinutes(), 2);
        case 'hmmss': return '' + (d.getUTCHours() % 12 || 12) + pad(d.getUTCMinutes(), 2) + pad(d.getUTCSeconds(), 2);
        case 'Hmm': return '' + d.getUTCHours() + pad(d.getUTCMinutes(), 2);
        case 'Hmmss': return '' + d.getUTCHours() + pad(d.getUTCMinutes(), 2) + pad(d.getUTCSeconds(), 2);
    }
}
//- $format_time
function format_time(m, token) {
    var d = m._d;
    var pad = lib.$zeroFill;
    switch (token) {
        case 'm': return d.getUTCMinutes();
        case 'mm': return pad(d.getUTCMinutes(), 2);
        case 's': return d.getUTCSeconds();
        case 'ss': return pad(d.getUTCSeconds(), 2);
        case 'S': return ~~(d.getUTCMilliseconds() / 100);
        case 'SS': return pad(~~(d.getUTCMilliseconds() / 10), 2);
    }
    // SSS … SSSSSSSSS: milliseconds scaled to that many digits
    return lib.$zeroFill(d.getUTCMilliseconds() * Math.pow(10, token.length - 3), token.length);
}
//- $eraYear
function eraYear(d) {
    var year = d.getUTCFullYear();
    return year >= 1 ? year : 1 - year;
}
//- $formatOffset
function formatOffset(offset, separator) {
    var sign = '+';
    if (offset < 0) {
        offset = -offset;
        sign = '-';
    }
    return sign + lib.$zeroFill(~~(offset / 60), 2) + separator + lib.$zeroFill(~~offset % 60, 2);
}
//- $fromFormat
function fromFormat(config) {
    if (config._f === lib.ISO_8601) {
        if (!lib.$fromISO(config)) {
            config._isoFailed = true;
        }
        return;
    }
    if (config._f === lib.RFC_2822) {
        lib.$fromRFC2822(config);
        return;
    }
    var flags = config._pf;
    config._a = [];
    flags.empty = true;
    var text = '' + config._i;
    var length = text.length;
    var consumed = 0;
    var tokens = lib.$expandFormat(config._f).match(lib.$formatTokenPattern) || [];
    for (var i = 0; i < tokens.length; i++) {
        var token = tokens[i];
        // Like moment: each token's pattern is searched for anywhere in what is left; what it skips is unused.
        var parsed = (text.match(lib.$tokenRegex(token, config._strict)) || [])[0];
        if (parsed) {
            var at = text.indexOf(parsed);
            if (at > 0) {
                flags.unusedInput.push(text.slice(0, at));
            }
            text = text.slice(at + parsed.length);
            consumed += parsed.length;
        }
        if (lib.$knownTokens[token]) {
            if (parsed) {
                flags.empty = false;
            } else {
                flags.unusedTokens.push(token);
            }
            if (parsed != null) {
                lib.$applyToken(token, parsed, config);
            }
        } else if (config._strict && !parsed) {
            flags.unusedTokens.push(token);
        }
    }
    flags.charsLeftOver = length - consumed;
    if (text.length > 0) {
        flags.unusedInput.push(text);
    }
    var a = config._a;
    if (a[3] <= 12 && flags.bigHour === true && a[3] > 0) {
        flags.bigHour = undefined;
    }
    flags.parsedDateParts = a.slice(0);
    flags.meridiem = config._meridiem;
    if (config._meridiem != null) {
        var isPM = lib.$locale.isPM(config._meridiem);
        if (isPM && a[3] < 12) {
            a[3] += 12;
        }
        if (!isPM && a[3] === 12) {
            a[3] = 0;
        }
    }
    lib.$fromArray(config);
    lib.$checkOverflow(config);
}
//- $tokenRegex
function tokenRegex(token, strict) {
    switch (token) {
        case 'Y': case 'x': return /[+-]?\d+/;
        case 'X': return /[+-]?\d+(\.\d{1,3})?/;
        case 'YY': case 'gg': case 'GG': case 'MM': case 'DD': case 'HH': case 'hh': case 'kk': case 'mm':
        case 'ss': case 'ww': case 'WW':
            return strict ? /\d\d/ : /\d\d?/;
        case 'YYYY': case 'gggg': case 'GGGG': return strict ? /\d{4}/ : /\d{1,4}/;
        case 'YYYYY': case 'YYYYYY': case 'ggggg': case 'GGGGG': return strict ? /[+-]?\d{6}/ : /[+-]?\d{1,6}/;
        case 'M': case 'D': case 'h': case 'k': case 'w': case 'W': return strict ? /^[1-9]\d?/ : /\d\d?/;
        case 'H': case 'm': case 's': return strict ? /^([1-9]\d|\d)/ : /\d\d?/;
        case 'd': case 'e': case 'E': return /\d\d?/;
        case 'MMM': case 'MMMM': case 'dd': case 'ddd': case 'dddd':
            return /[0-9]{0,256}['a-z\u00A0-\u05FF\u0700-\uD7FF\uF900-\uFDCF\uFDF0-\uFF07\uFF10-\uFFEF]{1,256}/i;
        case 'Do': return strict ? /\d{1,2}(th|st|nd|rd)/ : /\d{1,2}(th|st|nd|rd)|\d{1,2}/;
        case 'DDD': return /\d{1,3}/;
        case 'DDDD': return /\d{3}/;
        case 'Q': return /\d/;
        case 'a': case 'A': return /[ap]\.?m?\.?/i;
        case 'hmm': case 'Hmm': return /\d\d\d\d?/;
        case 'hmmss': case 'Hmmss': return /\d\d\d\d\d\d?/;
        case 'S': return strict ? /\d/ : /\d{1,3}/;
        case 'SS': return strict ? /\d\d/ : /\d{1,3}/;
        case 'SSS': return strict ? /\d{3}/ : /\d{1,3}/;
        case 'Z': case 'ZZ': return /Z|[+-]\d\d(?::?\d\d)?/gi;
    }
    if (/^S{4,9}$/.test(token)) {
        return /\d+/;
    }
    // Anything else matches itself: `[text]` as text, `\x` as x.
    var literal = token.replace('\\', '').replace(/\\(\[)|\\(\])|\[([^\]\[]*)\]|\\(.)/g, function (all, open, close, inner, escaped) {
        return open || close || inner || escaped;
    });
    return new RegExp(literal.replace(/[-\/\\^$*+?.()|[\]{}]/g, '\\$&'));
}
//- $applyToken
function applyToken(token, input, config) {
    var a = config._a;
    var toInt = lib.$toInt;
    var flags = config._pf;
    var week = function () {
        config._w = config._w || {};
        return config._w;
    };
    var position;
    switch (token) {
        case 'Y': a[0] = parseInt(input, 10); return;
        case 'YY': a[0] = lib.parseTwoDigitYear(input); return;
        case 'YYYY': a[0] = input.length === 2 ? lib.parseTwoDigitYear(input) : toInt(input); return;
        case 'YYYYY': case 'YYYYYY': a[0] = toInt(input); return;
        case 'M': case 'MM': a[1] = toInt(input) - 1; return;
        case 'MMM': case 'MMMM':
            position = lib.$locale.monthsParse(input, token, config._strict);
            if (position != null) {
                a[1] = position;
            } else {
                flags.invalidMonth = input;
            }
            return;
        case 'Q': a[1] = (toInt(input) - 1) * 3; return;
        case 'D': case 'DD': a[2] = toInt(input); return;
        case 'Do': a[2] = toInt(input.match(/\d\d?/)[0]); return;
        case 'DDD': case 'DDDD': config._dayOfYear = toInt(input); return;
        case 'H': case 'HH': a[3] = toInt(input); return;
        case 'k': case 'kk':
            position = toInt(input);
            a[3] = position === 24 ? 0 : position;
            return;
        case 'h': case 'hh': a[3] = toInt(input); flags.bigHour = true; return;
        case 'a': case 'A': config._meridiem = input; return;
        case 'hmm': case 'Hmm':
            position = input.length - 2;
            a[3] = toInt(input.substr(0, position));
            a[4] = toInt(input.substr(position));
            if (token === 'hmm') {
                flags.bigHour = true;
            }
            return;
        case 'hmmss': case 'Hmmss':
            position = input.length - 4;
            a[3] = toInt(input.substr(0, position));
            a[4] = toInt(input.substr(position, 2));
            a[5] = toInt(input.substr(position + 2));
            if (token === 'hmmss') {
                flags.bigHour = true;
            }
            return;
        case 'm': case 'mm': a[4] = toInt(input); return;
        case 's': case 'ss': a[5] = toInt(input); return;
        case 'Z': case 'ZZ':
            config._useUTC = true;
            config._tzm = lib.$offsetFromString(/Z|[+-]\d\d(?::?\d\d)?/gi, input);
            return;
        case 'X': config._d = new Date(parseFloat(input) * 1000); return;
        case 'x': config._d = new Date(toInt(input)); return;
        case 'w': case 'ww': case 'W': case 'WW': week()[token.charAt(0)] = toInt(input); return;
        case 'gggg': case 'ggggg': case 'GGGG': case 'GGGGG': week()[token.substr(0, 2)] = toInt(input); return;
        case 'gg': case 'GG': week()[token] = lib.parseTwoDigitYear(input); return;
        case 'd': case 'e': case 'E': week()[token] = toInt(input); return;
        case 'dd': case 'ddd': case 'dddd':
            position = lib.$locale.weekdaysParse(input, token, config._strict);
            if (position != null) {
                week().d = position;
            } else {
                flags.invalidWeekday = input;
            }
            return;
    }
    if (/^S{1,9}$/.test(token)) {
        a[6] = toInt(('0.' + input) * 1000);
    }
}
//- $offsetFromString
function offsetFromString(pattern, text) {
    var matches = (text || '').match(pattern);
    if (matches === null) {
        return null;
    }
    var chunk = matches[matches.length - 1] || [];
    var parts = (chunk + '').match(/([\+\-]|\d\d)/gi) || ['-', 0, 0];
    var minutes = +(parts[1] * 60) + lib.$toInt(parts[2]);
    return minutes === 0 ? 0 : parts[0] === '+' ? minutes : -minutes;
}
//- $lazy
function lazy(prototype, prefix, spec) {
    // Methods are units: a getter compiles one on first use and then stays out of the way.
    spec.split(/\s+/).forEach(function (entry) {
        var parts = entry.split('=');
        var name = parts[0];
        var unit = prefix + (parts[1] || parts[0]);
        Object.defineProperty(prototype, name, {
            configurable: true,
            get: function () {
                var method = lib[unit];
                Object.defineProperty(prototype, name, { value: method, writable: true, configurable: true });
                return method;
            },
            set: function (value) {
                Object.defineProperty(this, name, { value: value, writable: true, configurable: true, enumerable: true });
            }
        });
    });
}
//- $Moment
(function () {
    function Moment(config) {
        this._isAMomentObject = true;
        this._i = config._i;
        this._f = config._f;
        this._strict = config._strict;
        this._isUTC = config._isUTC;
        if (config._offset != null) {
            this._offset = config._offset;
        }
        if (config._tzm != null) {
            this._tzm = config._tzm;
        }
        this._pf = config._pf;
        this._d = new Date(config._d != null ? config._d.getTime() : NaN);
    }
    lib.$lazy(Moment.prototype, '$m_',
        'add subtract calendar clone diff endOf startOf format from fromNow to toNow get set ' +
        'isAfter isBefore isBetween isSame isSameOrAfter isSameOrBefore isValid locale localeData lang=locale ' +
        'parsingFlags invalidAt creationData toArray toObject toDate toISOString toJSON toString inspect unix valueOf ' +
        'year years=year weekYear isoWeekYear quarter quarters=quarter month months=month daysInMonth ' +
        'week weeks=week isoWeek isoWeeks=isoWeek weeksInYear weeksInWeekYear isoWeeksInYear isoWeeksInISOWeekYear ' +
        'date dates=date day days=day weekday isoWeekday dayOfYear hour hours=hour minute minutes=minute ' +
        'second seconds=second millisecond milliseconds=millisecond utcOffset utc local parseZone ' +
        'hasAlignedHourOffset isDST isLocal isUtcOffset isUtc isUTC=isUtc zoneAbbr zoneName isLeapYear ' +
        'max min zone');
    return Moment;
}())
//- $getSet
function getSet(unit) {
    // moment's getter/setter pair for one Date field; setting NaN or an invalid moment changes nothing.
    return function (value) {
        var d = this._d;
        if (value == null) {
            return d['getUTC' + unit]();
        }
        if (this.isValid() && !isNaN(value)) {
            if (unit === 'FullYear') {
                var month = d.getUTCMonth();
                var date = d.getUTCDate();
                date = date === 29 && month === 1 && !lib.$isLeapYear(value) ? 28 : date;
                // setUTCFullYear is avoided for years 0-99, which some engines read as 1900-1999
                if (value >= 0 && value < 100) {
                    d.setUTCFullYear(+value + 400, month, date);
                    d.setTime(d.getTime() - 12622780800000);
                } else {
                    d.setUTCFullYear(value, month, date);
                }
            } else {
                lib.$setUTC(d, 'setUTC' + unit, [value]);
            }
        }
        return this;
    };
}
//- $m_year
lib.$getSet('FullYear')
"""##
}
