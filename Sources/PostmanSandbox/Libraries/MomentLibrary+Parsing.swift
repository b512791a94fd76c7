extension MomentLibrary {
    /// Parsing: ISO 8601, RFC 2822, format strings (loose and strict), arrays and objects.
    static let parsingSource = ##"""
//- $fromArray
function fromArray(config) {
    if (config._d) {
        return;
    }
    var a = config._a;
    var today = new Date(Date.now());
    var current = [today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()];
    if (config._w && a[2] == null && a[1] == null) {
        lib.$fromWeekInfo(config);
    }
    if (config._dayOfYear != null) {
        var year = a[0] != null ? a[0] : current[0];
        if (config._dayOfYear > lib.$daysInYear(year) || config._dayOfYear === 0) {
            config._pf._overflowDayOfYear = true;
        }
        var date = lib.$utcDate(year, 0, config._dayOfYear);
        a[1] = date.getUTCMonth();
        a[2] = date.getUTCDate();
    }
    // Missing year, month and day default to today up to the first one given; the rest to their lowest values.
    var i = 0;
    for (; i < 3 && a[i] == null; i++) {
        a[i] = current[i];
    }
    for (; i < 7; i++) {
        if (a[i] == null) {
            a[i] = i === 2 ? 1 : 0;
        }
    }
    if (a[3] === 24 && a[4] === 0 && a[5] === 0 && a[6] === 0) {
        config._nextDay = true;
        a[3] = 0;
    }
    config._d = lib.$utcDate(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
    var weekday = config._d.getUTCDay();
    if (config._tzm != null) {
        config._d.setTime(config._d.getTime() - config._tzm * 60000);
    }
    if (config._nextDay) {
        a[3] = 24;
    }
    if (config._w && typeof config._w.d !== 'undefined' && config._w.d !== weekday) {
        config._pf.weekdayMismatch = true;
    }
}
//- $fromWeekInfo
function fromWeekInfo(config) {
    var w = config._w;
    var dow, doy, weekYear, week, weekday, overflowWeekday;
    var a = config._a;
    function pick(first, second, third) {
        return first != null ? first : second != null ? second : third;
    }
    if (w.GG != null || w.W != null || w.E != null) {
        dow = 1;
        doy = 4;
        weekYear = pick(w.GG, a[0], lib.$weekOfYear(lib.module(), 1, 4).year);
        week = pick(w.W, 1);
        weekday = pick(w.E, 1);
        overflowWeekday = weekday < 1 || weekday > 7;
    } else {
        dow = 0;
        doy = 6;
        var current = lib.$weekOfYear(lib.module(), dow, doy);
        weekYear = pick(w.gg, a[0], current.year);
        week = pick(w.w, current.week);
        if (w.d != null) {
            weekday = w.d;
            overflowWeekday = weekday < 0 || weekday > 6;
        } else if (w.e != null) {
            weekday = w.e + dow;
            overflowWeekday = w.e < 0 || w.e > 6;
        } else {
            weekday = dow;
        }
    }
    if (week < 1 || week > lib.$weeksInYear(weekYear, dow, doy)) {
        config._pf._overflowWeeks = true;
    } else if (overflowWeekday) {
        config._pf._overflowWeekday = true;
    } else {
        var result = lib.$dayOfYearFromWeeks(weekYear, week, weekday, dow, doy);
        a[0] = result.year;
        config._dayOfYear = result.dayOfYear;
    }
}
//- $fromString
function fromString(config) {
    var aspNet = /^\/?Date\((-?\d+)/i.exec(config._i);
    if (aspNet) {
        config._d = new Date(+aspNet[1]);
        return;
    }
    if (lib.$fromISO(config) || lib.$fromRFC2822(config)) {
        return;
    }
    if (!config._strict) {
        // moment's last resort: whatever the Date constructor makes of it
        config._d = new Date(config._i + (config._useUTC ? ' UTC' : ''));
    }
}
//- $fromISO
function fromISO(config) {
    // Returns whether the string is ISO 8601 in a form moment accepts, and parses it then.
    var text = config._i;
    var match = /^\s*((?:[+-]\d{6}|\d{4})-(?:\d\d-\d\d|W\d\d-\d|W\d\d|\d\d\d|\d\d))(?:(T| )(\d\d(?::\d\d(?::\d\d(?:[.,]\d+)?)?)?)([+-]\d\d(?::?\d\d)?|\s*Z)?)?$/.exec(text) ||
        /^\s*((?:[+-]\d{6}|\d{4})(?:\d\d\d\d|W\d\d\d|W\d\d|\d\d\d|\d\d|))(?:(T| )(\d\d(?:\d\d(?:\d\d(?:[.,]\d+)?)?)?)([+-]\d\d(?::?\d\d)?|\s*Z)?)?$/.exec(text);
    if (!match) {
        return false;
    }
    var dates = [
        ['YYYYYY-MM-DD', /[+-]\d{6}-\d\d-\d\d/], ['YYYY-MM-DD', /\d{4}-\d\d-\d\d/],
        ['GGGG-[W]WW-E', /\d{4}-W\d\d-\d/], ['GGGG-[W]WW', /\d{4}-W\d\d/, false], ['YYYY-DDD', /\d{4}-\d{3}/],
        ['YYYY-MM', /\d{4}-\d\d/, false], ['YYYYYYMMDD', /[+-]\d{10}/], ['YYYYMMDD', /\d{8}/],
        ['GGGG[W]WWE', /\d{4}W\d{3}/], ['GGGG[W]WW', /\d{4}W\d{2}/, false], ['YYYYDDD', /\d{7}/],
        ['YYYYMM', /\d{6}/, false], ['YYYY', /\d{4}/, false]
    ];
    var times = [
        ['HH:mm:ss.SSSS', /\d\d:\d\d:\d\d\.\d+/], ['HH:mm:ss,SSSS', /\d\d:\d\d:\d\d,\d+/], ['HH:mm:ss', /\d\d:\d\d:\d\d/],
        ['HH:mm', /\d\d:\d\d/], ['HHmmss.SSSS', /\d\d\d\d\d\d\.\d+/], ['HHmmss,SSSS', /\d\d\d\d\d\d,\d+/],
        ['HHmmss', /\d\d\d\d\d\d/], ['HHmm', /\d\d\d\d/], ['HH', /\d\d/]
    ];
    var dateFormat, allowTime, timeFormat, i;
    for (i = 0; i < dates.length; i++) {
        if (dates[i][1].exec(match[1])) {
            dateFormat = dates[i][0];
            allowTime = dates[i][2] !== false;
            break;
        }
    }
    if (dateFormat == null) {
        return false;
    }
    if (match[3]) {
        for (i = 0; i < times.length; i++) {
            if (times[i][1].exec(match[3])) {
                timeFormat = (match[2] || ' ') + times[i][0];
                break;
            }
        }
        if (timeFormat == null || !allowTime) {
            return false;
        }
    }
    if (match[4] && !/Z|[+-]\d\d(?::?\d\d)?/.exec(match[4])) {
        return false;
    }
    config._pf.iso = true;
    config._f = dateFormat + (timeFormat || '') + (match[4] ? 'Z' : '');
    lib.$fromFormat(config);
    return true;
}
//- $fromRFC2822
function fromRFC2822(config) {
    // Returns whether the string is an RFC 2822 date, and parses it then.
    var text = String(config._i).replace(/\([^()]*\)|[\n\t]/g, ' ').replace(/(\s\s+)/g, ' ').replace(/^\s\s*/, '').replace(/\s\s*$/, '');
    var match = /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s)?(\d{1,2})\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s(\d{2,4})\s(\d\d):(\d\d)(?::(\d\d))?\s(?:(UT|GMT|[ECMP][SD]T)|([Zz])|([+-]\d{4}))$/.exec(text);
    if (!match) {
        return false;
    }
    var year = parseInt(match[4], 10);
    year = year <= 49 ? 2000 + year : year <= 999 ? 1900 + year : year;
    var parts = [year, lib.$locale._monthsShort.indexOf(match[3]), parseInt(match[2], 10), parseInt(match[5], 10), parseInt(match[6], 10)];
    if (match[7]) {
        parts.push(parseInt(match[7], 10));
    }
    if (match[1] && lib.$locale._weekdaysShort.indexOf(match[1]) !== lib.$utcDate(parts[0], parts[1], parts[2]).getUTCDay()) {
        config._pf.weekdayMismatch = true;
        return true;
    }
    var offset;
    if (match[8]) {
        offset = { UT: 0, GMT: 0, EDT: -240, EST: -300, CDT: -300, CST: -360, MDT: -360, MST: -420, PDT: -420, PST: -480 }[match[8]];
    } else if (match[9]) {
        offset = 0;
    } else {
        var hm = parseInt(match[10], 10);
        var minutes = hm % 100;
        offset = ((hm - minutes) / 100) * 60 + minutes;
    }
    config._a = parts;
    config._tzm = offset;
    config._d = lib.$utcDate(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5] || 0);
    config._d.setTime(config._d.getTime() - offset * 60000);
    config._pf.rfc2822 = true;
    return true;
}
//- $fromFormats
function fromFormats(config) {
    var formats = config._f;
    if (formats.length === 0) {
        config._pf.invalidFormat = true;
        return;
    }
    var best, bestScore, bestIsValid = false, candidate;
    for (var i = 0; i < formats.length; i++) {
        candidate = { _i: config._i, _f: formats[i], _strict: config._strict, _useUTC: config._useUTC, _isUTC: config._isUTC, _pf: lib.$flags() };
        lib.$fromFormat(candidate);
        lib.$checkOverflow(candidate);
        var valid = lib.$isValidConfig(candidate);
        var score = candidate._pf.charsLeftOver + candidate._pf.unusedTokens.length * 10;
        candidate._pf.score = score;
        if (!bestIsValid) {
            if (bestScore == null || score < bestScore || valid) {
                bestScore = score;
                best = candidate;
                bestIsValid = valid;
            }
        } else if (score < bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    for (var key in best) {
        config[key] = best[key];
    }
}
//- $formatTokenPattern
/(\[[^\[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g
//- $knownTokens
(function () {
    var known = Object.create(null);
    ('M Mo MM MMM MMMM Q Qo D Do DD DDD DDDo DDDD d do dd ddd dddd e E w wo ww W Wo WW Y YY YYYY YYYYY YYYYYY ' +
        'gg gggg ggggg GG GGGG GGGGG a A H HH h hh k kk hmm hmmss Hmm Hmmss m mm s ss S SS SSS SSSS SSSSS ' +
        'SSSSSS SSSSSSS SSSSSSSS SSSSSSSSS Z ZZ X x z zz N NN NNN NNNN NNNNN y yy yyy yyyy yo').split(' ').forEach(function (token) {
        known[token] = true;
    });
    return known;
}())
//- $expandFormat
function expandFormat(format) {
    var pattern = /(\[[^\[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;
    var formats = lib.$locale._longDateFormat;
    // Long formats may hold long formats; moment expands up to six levels.
    for (var i = 5; i >= 0 && /(^|[^\[\\])(LTS|LT|L|l)/.test(format); i--) {
        var next = format.replace(pattern, function (token) {
            return formats[token] || token;
        });
        if (next === format) {
            break;
        }
        format = next;
    }
    return format;
}
//- $format
function format(m, text) {
    if (!m.isValid()) {
        return 'Invalid date';
    }
    text = lib.$expandFormat(text);
    var cache = lib.$formatCache;
    var tokens = cache[text];
    if (!tokens) {
        tokens = (text.match(lib.$formatTokenPattern) || []).map(function (token) {
            if (lib.$knownTokens[token]) {
                return { token: token, unit: '$format_' + (lib.$formatFamilies[token.charAt(0)] || 'other') };
            }
            return /\[[\s\S]/.test(token) ? token.replace(/^\[|\]$/g, '') : token.replace(/\\/g, '');
        });
        cache[text] = tokens;
    }
    var output = '';
    for (var i = 0; i < tokens.length; i++) {
        output += typeof tokens[i] === 'string' ? tokens[i] : lib[tokens[i].unit](m, tokens[i].token);
    }
    return output;
}
"""##
}
