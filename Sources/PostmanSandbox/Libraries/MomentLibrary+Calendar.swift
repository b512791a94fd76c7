extension MomentLibrary {
    /// Calendar arithmetic: days, weeks and week-years, month lengths.
    static let calendarSource = ##"""
//- $daysInYear
function daysInYear(year) {
    return lib.$isLeapYear(year) ? 366 : 365;
}
//- $daysInMonth
function daysInMonth(year, month) {
    if (isNaN(year) || isNaN(month)) {
        return NaN;
    }
    var monthInYear = ((month % 12) + 12) % 12;
    year += (month - monthInYear) / 12;
    if (monthInYear === 1) {
        return lib.$isLeapYear(year) ? 29 : 28;
    }
    return 31 - ((monthInYear % 7) % 2);
}
//- $utcDate
function utcDate(year, month, day, hour, minute, second, millisecond) {
    var args = [year, month || 0, day == null ? 1 : day, hour || 0, minute || 0, second || 0, millisecond || 0];
    // Date.UTC reads years 0-99 as 1900-1999: go one 400-year cycle (always 146097 days) up and back
    if (year < 100 && year >= 0) {
        args[0] = year + 400;
        return new Date(Date.UTC.apply(null, args) - 12622780800000);
    }
    return new Date(Date.UTC.apply(null, args));
}
//- $setUTC
function setUTC(date, method, values) {
    // Some engines read years 0-99 as 1900-1999 when a setter rebuilds the date: set it 400 years (146097 days) later.
    var year = date.getUTCFullYear();
    if (year >= 0 && year < 100) {
        date.setTime(date.getTime() + 12622780800000);
        date[method].apply(date, values);
        date.setTime(date.getTime() - 12622780800000);
    } else {
        date[method].apply(date, values);
    }
}
//- $normalizeUnits
function normalizeUnits(units) {
    if (typeof units !== 'string') {
        return undefined;
    }
    var aliases = lib.$unitAliases;
    return aliases[units] || aliases[units.toLowerCase()];
}
//- $unitAliases
(function () {
    var aliases = Object.create(null);
    var table = 'D date dates|d day days|e weekday weekdays|E isoWeekday isoweekday isoweekdays|' +
        'DDD dayOfYear dayofyear dayofyears|h hour hours|ms millisecond milliseconds|m minute minutes|' +
        'M month months|Q quarter quarters|s second seconds|gg weekYear weekyear weekyears|' +
        'GG isoWeekYear isoweekyear isoweekyears|w week weeks|W isoWeek isoweek isoweeks|y year years';
    table.split('|').forEach(function (row) {
        var names = row.split(' ');
        var unit = names[1];
        names.forEach(function (name) {
            aliases[name] = unit;
        });
    });
    return aliases;
}())
//- $normalizeObject
function normalizeObject(input) {
    var result = {};
    for (var key in input) {
        if (Object.prototype.hasOwnProperty.call(input, key)) {
            var unit = lib.$normalizeUnits(key);
            if (unit) {
                result[unit] = input[key];
            }
        }
    }
    return result;
}
//- $locale
({
    _abbr: 'en',
    _months: 'January February March April May June July August September October November December'.split(' '),
    _monthsShort: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' '),
    _weekdays: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' '),
    _weekdaysShort: 'Sun Mon Tue Wed Thu Fri Sat'.split(' '),
    _weekdaysMin: 'Su Mo Tu We Th Fr Sa'.split(' '),
    _week: { dow: 0, doy: 6 },
    _longDateFormat: {
        LTS: 'h:mm:ss A', LT: 'h:mm A', L: 'MM/DD/YYYY', LL: 'MMMM D, YYYY',
        LLL: 'MMMM D, YYYY h:mm A', LLLL: 'dddd, MMMM D, YYYY h:mm A',
        l: 'M/D/YYYY', ll: 'MMM D, YYYY', lll: 'MMM D, YYYY h:mm A', llll: 'ddd, MMM D, YYYY h:mm A'
    },
    _calendar: {
        sameDay: '[Today at] LT', nextDay: '[Tomorrow at] LT', nextWeek: 'dddd [at] LT',
        lastDay: '[Yesterday at] LT', lastWeek: '[Last] dddd [at] LT', sameElse: 'L'
    },
    _relativeTime: {
        future: 'in %s', past: '%s ago', s: 'a few seconds', ss: '%d seconds', m: 'a minute', mm: '%d minutes',
        h: 'an hour', hh: '%d hours', d: 'a day', dd: '%d days', w: 'a week', ww: '%d weeks',
        M: 'a month', MM: '%d months', y: 'a year', yy: '%d years'
    },
    _invalidDate: 'Invalid date',
    months: function (m) { return m ? this._months[m.month()] : this._months; },
    monthsShort: function (m) { return m ? this._monthsShort[m.month()] : this._monthsShort; },
    weekdays: function (m) { return m ? this._weekdays[m.day()] : this._weekdays; },
    weekdaysShort: function (m) { return m ? this._weekdaysShort[m.day()] : this._weekdaysShort; },
    weekdaysMin: function (m) { return m ? this._weekdaysMin[m.day()] : this._weekdaysMin; },
    firstDayOfWeek: function () { return 0; },
    firstDayOfYear: function () { return 6; },
    week: function (m) { return lib.$weekOfYear(m, 0, 6).week; },
    longDateFormat: function (key) { return this._longDateFormat[key]; },
    invalidDate: function () { return 'Invalid date'; },
    ordinal: function (number) { return lib.$ordinal(number); },
    preparse: function (text) { return text; },
    postformat: function (text) { return text; },
    isPM: function (input) { return (input + '').toLowerCase().charAt(0) === 'p'; },
    meridiem: function (hours, minutes, isLower) {
        return hours > 11 ? (isLower ? 'pm' : 'PM') : (isLower ? 'am' : 'AM');
    },
    calendar: function (key, m, reference) {
        var output = this._calendar[key] || this._calendar.sameElse;
        return typeof output === 'function' ? output.call(m, reference) : output;
    },
    relativeTime: function (number, withoutSuffix, key, isFuture) {
        var output = this._relativeTime[key];
        return typeof output === 'function'
            ? output(number, withoutSuffix, key, isFuture)
            : output.replace(/%d/i, number);
    },
    pastFuture: function (difference, output) {
        return this._relativeTime[difference > 0 ? 'future' : 'past'].replace(/%s/i, output);
    },
    monthsParse: function (name, token, strict) { return lib.$nameIndex(this, 'months', name, token, strict); },
    weekdaysParse: function (name, token, strict) { return lib.$nameIndex(this, 'weekdays', name, token, strict); }
})
//- $ordinal
function ordinal(number) {
    var last = number % 10;
    var suffix = ~~((number % 100) / 10) === 1 ? 'th'
        : last === 1 ? 'st'
        : last === 2 ? 'nd'
        : last === 3 ? 'rd'
        : 'th';
    return number + suffix;
}
//- $nameIndex
function nameIndex(locale, kind, name, token, strict) {
    // Non-strict: the name starts with a long, short (or min) name; strict: it is exactly the token's form.
    var lists = kind === 'months'
        ? { MMMM: locale._months, MMM: locale._monthsShort }
        : { dddd: locale._weekdays, ddd: locale._weekdaysShort, dd: locale._weekdaysMin };
    var keys = Object.keys(lists);
    var text = String(name).toLowerCase();
    for (var i = 0; i < lists[keys[0]].length; i++) {
        if (strict) {
            if (lists[token] && lists[token][i].toLowerCase() === text) {
                return i;
            }
        } else {
            for (var k = 0; k < keys.length; k++) {
                if (text.indexOf(lists[keys[k]][i].toLowerCase()) === 0) {
                    return i;
                }
            }
        }
    }
    return kind === 'months' ? undefined : null;
}
//- $firstWeekOffset
function firstWeekOffset(year, dow, doy) {
    // the first week is the one holding January (7 + dow - doy)
    var firstWeekDay = 7 + dow - doy;
    var weekdayOfIt = (7 + lib.$utcDate(year, 0, firstWeekDay).getUTCDay() - dow) % 7;
    return -weekdayOfIt + firstWeekDay - 1;
}
//- $weeksInYear
function weeksInYear(year, dow, doy) {
    var offset = lib.$firstWeekOffset(year, dow, doy);
    var nextOffset = lib.$firstWeekOffset(year + 1, dow, doy);
    return (lib.$daysInYear(year) - offset + nextOffset) / 7;
}
//- $weekOfYear
function weekOfYear(m, dow, doy) {
    var year = m.year();
    var week = Math.floor((m.dayOfYear() - lib.$firstWeekOffset(year, dow, doy) - 1) / 7) + 1;
    if (week < 1) {
        return { week: week + lib.$weeksInYear(year - 1, dow, doy), year: year - 1 };
    }
    var weeks = lib.$weeksInYear(year, dow, doy);
    if (week > weeks) {
        return { week: week - weeks, year: year + 1 };
    }
    return { week: week, year: year };
}
//- $dayOfYearFromWeeks
function dayOfYearFromWeeks(year, week, weekday, dow, doy) {
    var localWeekday = (7 + weekday - dow) % 7;
    var dayOfYear = 1 + 7 * (week - 1) + localWeekday + lib.$firstWeekOffset(year, dow, doy);
    if (dayOfYear <= 0) {
        return { year: year - 1, dayOfYear: lib.$daysInYear(year - 1) + dayOfYear };
    }
    if (dayOfYear > lib.$daysInYear(year)) {
        return { year: year + 1, dayOfYear: dayOfYear - lib.$daysInYear(year) };
    }
    return { year: year, dayOfYear: dayOfYear };
}
//- $flags
function flags() {
    return {
        empty: false, unusedTokens: [], unusedInput: [], overflow: -2, charsLeftOver: 0, nullInput: false,
        invalidEra: null, invalidMonth: null, invalidFormat: false, userInvalidated: false, iso: false,
        parsedDateParts: [], era: null, meridiem: null, rfc2822: false, weekdayMismatch: false
    };
}
//- $create
function create(input, format, locale, strict, isUTC) {
    if (format === true || format === false) {
        strict = format;
        format = undefined;
    }
    if (locale === true || locale === false) {
        strict = locale;
    }
    if ((Array.isArray(input) && input.length === 0) ||
        (Object.prototype.toString.call(input) === '[object Object]' && Object.getOwnPropertyNames(input).length === 0)) {
        input = undefined;
    }
    if (input != null && lib.isMoment(input)) {
        return new lib.$Moment(input);
    }
    if (format === undefined && (input === undefined || typeof input === 'number' || input instanceof Date)) {
        // nothing to parse
        var time = input === undefined ? Date.now() : input.valueOf();
        return new lib.$Moment({ _i: input, _isUTC: isUTC, _pf: lib.$flags(), _d: new Date(isNaN(time) ? NaN : time) });
    }
    var config = { _i: input, _f: format, _strict: strict, _useUTC: isUTC, _isUTC: isUTC, _pf: lib.$flags() };
    lib.$prepare(config);
    var m = new lib.$Moment(config);
    if (config._nextDay) {
        m.add(1, 'd');
    }
    return m;
}
//- $prepare
function prepare(config) {
    var input = config._i;
    var format = config._f;
    if (input === null || (format === undefined && input === '')) {
        config._pf.nullInput = true;
    } else if (lib.isDate(input)) {
        config._d = new Date(input.valueOf());
    } else if (Array.isArray(format)) {
        lib.$fromFormats(config);
    } else if (format) {
        lib.$fromFormat(config);
    } else if (input === undefined) {
        config._d = new Date(Date.now());
    } else if (typeof input === 'string') {
        lib.$fromString(config);
    } else if (Array.isArray(input)) {
        config._a = input.map(function (value) { return parseInt(value, 10); });
        lib.$fromArray(config);
    } else if (Object.prototype.toString.call(input) === '[object Object]') {
        lib.$fromObject(config);
    } else {
        config._d = new Date(typeof input === 'number' ? input : input.valueOf ? input.valueOf() : NaN);
    }
    lib.$checkOverflow(config);
    if (!lib.$isValidConfig(config)) {
        config._d = null;
    }
}
//- $isValidConfig
function isValidConfig(config) {
    var flags = config._pf;
    if (!config._d || isNaN(config._d.getTime())) {
        return false;
    }
    var parsedParts = flags.parsedDateParts.some(function (part) { return part != null; });
    var valid = flags.overflow < 0 && !flags.empty && !flags.invalidMonth && !flags.invalidWeekday &&
        !flags.weekdayMismatch && !flags.nullInput && !flags.invalidFormat && !flags.userInvalidated &&
        (!flags.meridiem || parsedParts);
    if (config._strict) {
        valid = valid && flags.charsLeftOver === 0 && flags.unusedTokens.length === 0 && flags.bigHour === undefined;
    }
    return valid;
}
//- $checkOverflow
function checkOverflow(config) {
    var a = config._a;
    var flags = config._pf;
    if (!a || flags.overflow !== -2) {
        return;
    }
    var overflow = a[1] < 0 || a[1] > 11 ? 1
        : a[2] < 1 || a[2] > lib.$daysInMonth(a[0], a[1]) ? 2
        : a[3] < 0 || a[3] > 24 || (a[3] === 24 && (a[4] !== 0 || a[5] !== 0 || a[6] !== 0)) ? 3
        : a[4] < 0 || a[4] > 59 ? 4
        : a[5] < 0 || a[5] > 59 ? 5
        : a[6] < 0 || a[6] > 999 ? 6
        : -1;
    if (flags._overflowDayOfYear && (overflow < 0 || overflow > 2)) {
        overflow = 2;
    }
    if (flags._overflowWeeks && overflow === -1) {
        overflow = 7;
    }
    if (flags._overflowWeekday && overflow === -1) {
        overflow = 8;
    }
    flags.overflow = overflow;
}
//- $fromObject
function fromObject(config) {
    var units = lib.$normalizeObject(config._i);
    var day = units.day === undefined ? units.date : units.day;
    config._a = [units.year, units.month, day, units.hour, units.minute, units.second, units.millisecond]
        .map(function (value) { return value && parseInt(value, 10); });
    lib.$fromArray(config);
}
"""##
}
