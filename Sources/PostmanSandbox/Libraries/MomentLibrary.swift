/// moment, written for Postie: `require('moment')` (moment 2.30, locale `en`).
///
/// Every function is its own unit: `module` is the `moment` function, `$m_*` the methods of moments and `$d_*` those
/// of durations, which `$lazy` puts on the prototypes as getters that compile a method on first use. A moment keeps
/// its time in `_d` shifted by its UTC offset, so every field is read with the `getUTC…` methods; Postie's local
/// time is UTC.
enum MomentLibrary {
    static var moment: ScriptLibrary { ScriptLibrary(fileName: "moment.js", momentSource) }

    static let momentSource = ##"""
//- module
function moment(input, format, locale, strict) {
    return lib.$create(input, format, locale, strict, false);
}
//- version
'2.30.1'
//- utc
function utc(input, format, locale, strict) {
    return lib.$create(input, format, locale, strict, true).utc();
}
//- unix
function unix(seconds) {
    return lib.module(seconds * 1000);
}
//- now
function now() {
    return Date.now();
}
//- invalid
function invalid() {
    var m = lib.module(NaN);
    m._pf.userInvalidated = true;
    return m;
}
//- parseZone
function parseZone() {
    return lib.module.apply(null, arguments).parseZone();
}
//- isMoment
function isMoment(value) {
    return value instanceof lib.$Moment || (value != null && value._isAMomentObject != null);
}
//- isDate
function isDate(value) {
    return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}
//- isDuration
function isDuration(value) {
    return value instanceof lib.$Duration;
}
//- duration
(function () {
    function duration(input, unit) {
        return lib.$createDuration(input, unit);
    }
    duration.fn = lib.$Duration.prototype;
    duration.invalid = function invalid() {
        return lib.$createDuration(NaN);
    };
    return duration;
}())
//- max
function max() {
    return lib.$pickBy('isAfter', Array.prototype.slice.call(arguments));
}
//- min
function min() {
    return lib.$pickBy('isBefore', Array.prototype.slice.call(arguments));
}
//- $pickBy
function pickBy(method, moments) {
    if (moments.length === 1 && Array.isArray(moments[0])) {
        moments = moments[0];
    }
    if (!moments.length) {
        return lib.module();
    }
    var result = moments[0];
    for (var i = 1; i < moments.length; i++) {
        if (!moments[i].isValid() || moments[i][method](result)) {
            result = moments[i];
        }
    }
    return result;
}
//- locale
function locale() {
    return 'en';
}
//- localeData
function localeData() {
    return lib.$locale;
}
//- months
function months(index) {
    return lib.$localeList('months', index);
}
//- monthsShort
function monthsShort(index) {
    return lib.$localeList('monthsShort', index);
}
//- weekdays
function weekdays(index) {
    return lib.$localeList('weekdays', typeof index === 'boolean' ? arguments[1] : index);
}
//- weekdaysShort
function weekdaysShort(index) {
    return lib.$localeList('weekdaysShort', typeof index === 'boolean' ? arguments[1] : index);
}
//- weekdaysMin
function weekdaysMin(index) {
    return lib.$localeList('weekdaysMin', typeof index === 'boolean' ? arguments[1] : index);
}
//- $localeList
function localeList(name, index) {
    var list = lib.$locale['_' + name];
    return typeof index === 'number' ? list[index] : list.slice();
}
//- normalizeUnits
function normalizeUnits(units) {
    return lib.$normalizeUnits(units);
}
//- relativeTimeThreshold
function relativeTimeThreshold(name, limit) {
    var thresholds = lib.$thresholds;
    if (thresholds[name] === undefined) {
        return false;
    }
    if (limit === undefined) {
        return thresholds[name];
    }
    thresholds[name] = limit;
    if (name === 's') {
        thresholds.ss = limit - 1;
    }
    return true;
}
//- relativeTimeRounding
function relativeTimeRounding(rounding) {
    var settings = lib.$thresholds;
    if (rounding === undefined) {
        return settings.round;
    }
    if (typeof rounding === 'function') {
        settings.round = rounding;
        return true;
    }
    return false;
}
//- $thresholds
({ ss: 44, s: 45, m: 45, h: 22, d: 26, w: null, M: 11, round: Math.round })
//- calendarFormat
function calendarFormat(m, reference) {
    var days = m.diff(reference, 'days', true);
    return days < -6 ? 'sameElse'
        : days < -1 ? 'lastWeek'
        : days < 0 ? 'lastDay'
        : days < 1 ? 'sameDay'
        : days < 2 ? 'nextDay'
        : days < 7 ? 'nextWeek'
        : 'sameElse';
}
//- parseTwoDigitYear
function parseTwoDigitYear(input) {
    var year = lib.$toInt(input);
    return year + (year > 68 ? 1900 : 2000);
}
//- ISO_8601
function ISO_8601() {}
//- RFC_2822
function RFC_2822() {}
//- defaultFormat
'YYYY-MM-DDTHH:mm:ssZ'
//- defaultFormatUtc
'YYYY-MM-DDTHH:mm:ss[Z]'
//- fn
lib.$Moment.prototype
//- HTML5_FMT
({
    DATETIME_LOCAL: 'YYYY-MM-DDTHH:mm',
    DATETIME_LOCAL_SECONDS: 'YYYY-MM-DDTHH:mm:ss',
    DATETIME_LOCAL_MS: 'YYYY-MM-DDTHH:mm:ss.SSS',
    DATE: 'YYYY-MM-DD',
    TIME: 'HH:mm',
    TIME_SECONDS: 'HH:mm:ss',
    TIME_MS: 'HH:mm:ss.SSS',
    WEEK: 'GGGG-[W]WW',
    MONTH: 'YYYY-MM'
})
//- $toInt
function toInt(value) {
    var number = +value;
    return number !== 0 && isFinite(number) ? lib.$absFloor(number) : 0;
}
//- $absFloor
function absFloor(number) {
    // Math.ceil(-0.5) is -0; moment reports 0
    return number < 0 ? Math.ceil(number) || 0 : Math.floor(number);
}
//- $absCeil
function absCeil(number) {
    return number < 0 ? Math.floor(number) : Math.ceil(number);
}
//- $absRound
function absRound(number) {
    return number < 0 ? Math.round(-1 * number) * -1 : Math.round(number);
}
//- $zeroFill
function zeroFill(number, length, forceSign) {
    var digits = '' + Math.abs(number);
    var sign = number >= 0 ? (forceSign ? '+' : '') : '-';
    while (digits.length < length) {
        digits = '0' + digits;
    }
    return sign + digits;
}
//- $isLeapYear
function isLeapYear(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
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
//- $m_date
lib.$getSet('Date')
//- $m_hour
lib.$getSet('Hours')
//- $m_minute
lib.$getSet('Minutes')
//- $m_second
lib.$getSet('Seconds')
//- $m_millisecond
lib.$getSet('Milliseconds')
//- $m_month
function month(value) {
    if (value == null) {
        return this._d.getUTCMonth();
    }
    return lib.$setMonth(this, value);
}
//- $setMonth
function setMonth(m, value) {
    if (!m.isValid()) {
        return m;
    }
    if (typeof value === 'string') {
        if (/^\d+$/.test(value)) {
            value = lib.$toInt(value);
        } else {
            value = lib.$locale.monthsParse(value);
            if (typeof value !== 'number') {
                return m;
            }
        }
    }
    var date = m._d.getUTCDate();
    date = date < 29 ? date : Math.min(date, lib.$daysInMonth(m._d.getUTCFullYear(), value));
    lib.$setUTC(m._d, 'setUTCMonth', [value, date]);
    return m;
}
//- $m_daysInMonth
function daysInMonth() {
    return lib.$daysInMonth(this.year(), this.month());
}
//- $m_isLeapYear
function isLeapYear() {
    return lib.$isLeapYear(this.year());
}
//- $m_quarter
function quarter(value) {
    var current = Math.ceil((this.month() + 1) / 3);
    return value == null ? current : this.month((value - 1) * 3 + (this.month() % 3));
}
//- $m_day
function day(value) {
    if (!this.isValid()) {
        return value != null ? this : NaN;
    }
    var current = this._d.getUTCDay();
    if (value == null) {
        return current;
    }
    if (typeof value === 'string') {
        value = isNaN(value) ? lib.$locale.weekdaysParse(value) : parseInt(value, 10);
        if (typeof value !== 'number') {
            value = null;
        }
    }
    return this.add(value - current, 'd');
}
//- $m_weekday
function weekday(value) {
    if (!this.isValid()) {
        return value != null ? this : NaN;
    }
    var current = (this.day() + 7) % 7;
    return value == null ? current : this.add(value - current, 'd');
}
//- $m_isoWeekday
function isoWeekday(value) {
    if (!this.isValid()) {
        return value != null ? this : NaN;
    }
    if (value == null) {
        return this.day() || 7;
    }
    if (typeof value === 'string') {
        value = lib.$locale.weekdaysParse(value) % 7 || 7;
    } else if (isNaN(value)) {
        value = null;
    }
    return this.day(this.day() % 7 ? value : value - 7);
}
//- $m_dayOfYear
function dayOfYear(value) {
    var current = Math.round((this.clone().startOf('day') - this.clone().startOf('year')) / 864e5) + 1;
    return value == null ? current : this.add(value - current, 'd');
}
//- $m_week
function week(value) {
    var current = lib.$weekOfYear(this, 0, 6).week;
    return value == null ? current : this.add((value - current) * 7, 'd');
}
//- $m_isoWeek
function isoWeek(value) {
    var current = lib.$weekOfYear(this, 1, 4).week;
    return value == null ? current : this.add((value - current) * 7, 'd');
}
//- $m_weekYear
function weekYear(value) {
    return lib.$setWeekYear(this, value, this.week(), this.weekday(), 0, 6);
}
//- $m_isoWeekYear
function isoWeekYear(value) {
    return lib.$setWeekYear(this, value, this.isoWeek(), this.isoWeekday(), 1, 4);
}
//- $setWeekYear
function setWeekYear(m, value, week, weekday, dow, doy) {
    if (value == null) {
        return lib.$weekOfYear(m, dow, doy).year;
    }
    var weeks = lib.$weeksInYear(value, dow, doy);
    if (week > weeks) {
        week = weeks;
    }
    var target = lib.$dayOfYearFromWeeks(value, week, weekday, dow, doy);
    var date = lib.$utcDate(target.year, 0, target.dayOfYear);
    m.year(date.getUTCFullYear());
    m.month(date.getUTCMonth());
    m.date(date.getUTCDate());
    return m;
}
//- $m_weeksInYear
function weeksInYear() {
    return lib.$weeksInYear(this.year(), 0, 6);
}
//- $m_weeksInWeekYear
function weeksInWeekYear() {
    return lib.$weeksInYear(this.weekYear(), 0, 6);
}
//- $m_isoWeeksInYear
function isoWeeksInYear() {
    return lib.$weeksInYear(this.year(), 1, 4);
}
//- $m_isoWeeksInISOWeekYear
function isoWeeksInISOWeekYear() {
    return lib.$weeksInYear(this.isoWeekYear(), 1, 4);
}
//- $m_get
function get(units) {
    units = lib.$normalizeUnits(units);
    return typeof this[units] === 'function' ? this[units]() : this;
}
//- $m_set
function set(units, value) {
    if (typeof units === 'object') {
        var values = lib.$normalizeObject(units);
        var priority = { year: 1, weekYear: 1, isoWeekYear: 1, dayOfYear: 4, week: 5, isoWeek: 5, quarter: 7, month: 8,
            date: 9, day: 11, weekday: 11, isoWeekday: 11, hour: 13, minute: 14, second: 15, millisecond: 16 };
        Object.keys(values).filter(function (unit) {
            return priority[unit] !== undefined;
        }).sort(function (a, b) {
            return priority[a] - priority[b];
        }).forEach(function (unit) {
            this[unit](values[unit]);
        }, this);
        return this;
    }
    units = lib.$normalizeUnits(units);
    if (typeof this[units] === 'function') {
        return this[units](value);
    }
    return this;
}
//- $m_add
function add(value, unit) {
    return lib.$addSubtract(this, value, unit, 1);
}
//- $m_subtract
function subtract(value, unit) {
    return lib.$addSubtract(this, value, unit, -1);
}
//- $addSubtract
function addSubtract(m, value, unit, sign) {
    // moment still accepts the old (unit, number) order
    if (unit !== null && !isNaN(+unit)) {
        var swap = value;
        value = unit;
        unit = swap;
    }
    var type = typeof value;
    if ((type === 'number' || type === 'string') && !isNaN(+value) && typeof unit === 'string' && unit) {
        // a number of one unit: the duration moment would build, without building it
        var scale = lib.$unitScale[lib.$normalizeUnits(unit)];
        if (scale && m.isValid()) {
            lib.$applyDuration(m, { _months: scale[0] * value, _days: scale[1] * value, _milliseconds: scale[2] * value }, sign);
        }
        return m;
    }
    lib.$applyDuration(m, lib.$createDuration(value, unit), sign);
    return m;
}
//- $unitScale
({
    year: [12, 0, 0], quarter: [3, 0, 0], month: [1, 0, 0], week: [0, 7, 0], isoWeek: [0, 7, 0], day: [0, 1, 0],
    hour: [0, 0, 3600000], minute: [0, 0, 60000], second: [0, 0, 1000], millisecond: [0, 0, 1]
})
//- $applyDuration
function applyDuration(m, duration, sign) {
    var milliseconds = duration._milliseconds;
    var days = lib.$absRound(duration._days);
    var months = lib.$absRound(duration._months);
    if (!m.isValid()) {
        return;
    }
    if (months) {
        lib.$setMonth(m, m._d.getUTCMonth() + months * sign);
    }
    if (days && !isNaN(days)) {
        lib.$setUTC(m._d, 'setUTCDate', [m._d.getUTCDate() + days * sign]);
    }
    if (milliseconds) {
        m._d.setTime(m._d.valueOf() + milliseconds * sign);
    }
}
//- $startOfDate
function startOfDate(year, month, day) {
    // Date.UTC reads years 0-99 as 1900-1999: go 400 years (the calendar's cycle) up and back
    if (year < 100 && year >= 0) {
        return Date.UTC(year + 400, month, day) - 12622780800000;
    }
    return Date.UTC(year, month, day);
}
//- $m_startOf
function startOf(units) {
    return lib.$boundary(this, units, false);
}
//- $m_endOf
function endOf(units) {
    return lib.$boundary(this, units, true);
}
//- $boundary
function boundary(m, units, end) {
    units = lib.$normalizeUnits(units);
    if (units === undefined || units === 'millisecond' || !m.isValid()) {
        return m;
    }
    var start = lib.$startOfDate;
    var year = m.year(), month = m.month(), date = m.date();
    var time = m._d.valueOf();
    var step = end ? 1 : 0;
    var size;
    switch (units) {
        case 'year': time = start(year + step, 0, 1); break;
        case 'quarter': time = start(year, month - (month % 3) + 3 * step, 1); break;
        case 'month': time = start(year, month + step, 1); break;
        case 'week': time = start(year, month, date - m.weekday() + 7 * step); break;
        case 'isoWeek': time = start(year, month, date - (m.isoWeekday() - 1) + 7 * step); break;
        case 'day': case 'date': time = start(year, month, date + step); break;
        case 'hour': size = 3600000; break;
        case 'minute': size = 60000; break;
        case 'second': size = 1000; break;
        default: return m;
    }
    if (size) {
        time = time - (((time % size) + size) % size) + size * step;
    }
    m._d.setTime(end ? time - 1 : time);
    return m;
}
//- $m_clone
function clone() {
    return new lib.$Moment(this);
}
//- $m_isValid
function isValid() {
    return !isNaN(this._d.getTime());
}
//- $m_parsingFlags
function parsingFlags() {
    var result = {};
    for (var key in this._pf) {
        result[key] = this._pf[key];
    }
    return result;
}
//- $m_invalidAt
function invalidAt() {
    return this._pf.overflow;
}
//- $m_creationData
function creationData() {
    return { input: this._i, format: this._f, locale: lib.$locale, isUTC: this._isUTC, strict: this._strict };
}
//- $m_locale
function locale(key) {
    return key === undefined ? 'en' : this;
}
//- $m_localeData
function localeData() {
    return lib.$locale;
}
//- $m_valueOf
function valueOf() {
    return this._d.valueOf() - (this._offset || 0) * 60000;
}
//- $m_unix
function unix() {
    return Math.floor(this.valueOf() / 1000);
}
//- $m_toDate
function toDate() {
    return new Date(this.valueOf());
}
//- $m_toArray
function toArray() {
    return [this.year(), this.month(), this.date(), this.hour(), this.minute(), this.second(), this.millisecond()];
}
//- $m_toObject
function toObject() {
    return {
        years: this.year(), months: this.month(), date: this.date(), hours: this.hours(),
        minutes: this.minutes(), seconds: this.seconds(), milliseconds: this.milliseconds()
    };
}
//- $m_toISOString
function toISOString(keepOffset) {
    if (!this.isValid()) {
        return null;
    }
    var utc = keepOffset !== true;
    var m = utc ? this.clone().utc() : this;
    if (m.year() < 0 || m.year() > 9999) {
        return lib.$format(m, utc ? 'YYYYYY-MM-DD[T]HH:mm:ss.SSS[Z]' : 'YYYYYY-MM-DD[T]HH:mm:ss.SSSZ');
    }
    if (utc) {
        return this.toDate().toISOString();
    }
    return new Date(this.valueOf() + this.utcOffset() * 60000).toISOString().replace('Z', lib.$format(m, 'Z'));
}
//- $m_toJSON
function toJSON() {
    return this.isValid() ? this.toISOString() : null;
}
//- $m_toString
function toString() {
    return lib.$format(this, 'ddd MMM DD YYYY HH:mm:ss [GMT]ZZ');
}
//- $m_inspect
function inspect() {
    if (!this.isValid()) {
        return 'moment.invalid(/* ' + this._i + ' */)';
    }
    var zone = this._isUTC ? (this.utcOffset() === 0 ? 'moment.utc' : 'moment.parseZone') : 'moment';
    var suffix = this._isUTC && this.utcOffset() === 0 ? 'Z' : 'Z';
    var year = this.year() >= 0 && this.year() <= 9999 ? 'YYYY' : 'YYYYYY';
    return zone + '("' + lib.$format(this, year + '-MM-DD[T]HH:mm:ss.SSS' + suffix) + '")';
}
//- $m_format
function format(text) {
    if (!text) {
        text = this.isUtc() ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ';
    }
    return lib.$format(this, text);
}
//- $m_utcOffset
function utcOffset(input, keepLocalTime, keepMinutes) {
    var offset = this._offset || 0;
    if (!this.isValid()) {
        return input != null ? this : NaN;
    }
    if (input == null) {
        return this._isUTC ? offset : -Math.round(this._d.getTimezoneOffset());
    }
    if (typeof input === 'string') {
        input = lib.$offsetFromString(/Z|[+-]\d\d(?::?\d\d)?/gi, input);
        if (input === null) {
            return this;
        }
    } else if (Math.abs(input) < 16 && !keepMinutes) {
        input = input * 60;
    }
    this._offset = input;
    this._isUTC = true;
    if (offset !== input && !keepLocalTime) {
        this._d.setTime(this._d.valueOf() + (input - offset) * 60000);
    }
    return this;
}
//- $m_zone
function zone(input, keepLocalTime) {
    if (input != null) {
        return this.utcOffset(typeof input === 'string' ? input : -input, keepLocalTime);
    }
    return -this.utcOffset();
}
//- $m_utc
function utc(keepLocalTime) {
    return this.utcOffset(0, keepLocalTime);
}
//- $m_local
function local(keepLocalTime) {
    if (this._isUTC) {
        this.utcOffset(0, keepLocalTime);
        this._isUTC = false;
    }
    return this;
}
//- $m_parseZone
function parseZone() {
    if (this._tzm != null) {
        this.utcOffset(this._tzm, false, true);
    } else if (typeof this._i === 'string') {
        var offset = lib.$offsetFromString(/Z|[+-]\d\d:?\d\d/gi, this._i);
        if (offset != null) {
            this.utcOffset(offset);
        } else {
            this.utcOffset(0, true);
        }
    }
    return this;
}
//- $m_hasAlignedHourOffset
function hasAlignedHourOffset(input) {
    if (!this.isValid()) {
        return false;
    }
    input = input ? lib.module(input).utcOffset() : 0;
    return (this.utcOffset() - input) % 60 === 0;
}
//- $m_isDST
function isDST() {
    return false;
}
//- $m_isLocal
function isLocal() {
    return this.isValid() ? !this._isUTC : false;
}
//- $m_isUtcOffset
function isUtcOffset() {
    return this.isValid() ? this._isUTC : false;
}
//- $m_isUtc
function isUtc() {
    return this.isValid() ? this._isUTC && this._offset === 0 : false;
}
//- $m_zoneAbbr
function zoneAbbr() {
    return this._isUTC ? 'UTC' : '';
}
//- $m_zoneName
function zoneName() {
    return this._isUTC ? 'Coordinated Universal Time' : '';
}
//- $m_max
function max() {
    var other = lib.module.apply(null, arguments);
    return this.isValid() && other.isValid() ? (other > this ? this : other) : lib.invalid();
}
//- $m_min
function min() {
    var other = lib.module.apply(null, arguments);
    return this.isValid() && other.isValid() ? (other < this ? this : other) : lib.invalid();
}
//- $asMoment
function asMoment(input) {
    return lib.isMoment(input) ? input : lib.module(input);
}
//- $m_isAfter
function isAfter(input, units) {
    var other = lib.$asMoment(input);
    if (!(this.isValid() && other.isValid())) {
        return false;
    }
    units = lib.$normalizeUnits(units) || 'millisecond';
    if (units === 'millisecond') {
        return this.valueOf() > other.valueOf();
    }
    return other.valueOf() < this.clone().startOf(units).valueOf();
}
//- $m_isBefore
function isBefore(input, units) {
    var other = lib.$asMoment(input);
    if (!(this.isValid() && other.isValid())) {
        return false;
    }
    units = lib.$normalizeUnits(units) || 'millisecond';
    if (units === 'millisecond') {
        return this.valueOf() < other.valueOf();
    }
    return this.clone().endOf(units).valueOf() < other.valueOf();
}
//- $m_isSame
function isSame(input, units) {
    var other = lib.$asMoment(input);
    if (!(this.isValid() && other.isValid())) {
        return false;
    }
    units = lib.$normalizeUnits(units) || 'millisecond';
    if (units === 'millisecond') {
        return this.valueOf() === other.valueOf();
    }
    var time = other.valueOf();
    return this.clone().startOf(units).valueOf() <= time && time <= this.clone().endOf(units).valueOf();
}
//- $m_isSameOrAfter
function isSameOrAfter(input, units) {
    return this.isSame(input, units) || this.isAfter(input, units);
}
//- $m_isSameOrBefore
function isSameOrBefore(input, units) {
    return this.isSame(input, units) || this.isBefore(input, units);
}
//- $m_isBetween
function isBetween(from, to, units, inclusivity) {
    var start = lib.$asMoment(from);
    var end = lib.$asMoment(to);
    if (!(this.isValid() && start.isValid() && end.isValid())) {
        return false;
    }
    inclusivity = inclusivity || '()';
    return (inclusivity[0] === '(' ? this.isAfter(start, units) : !this.isBefore(start, units)) &&
        (inclusivity[1] === ')' ? this.isBefore(end, units) : !this.isAfter(end, units));
}
//- $cloneWithOffset
function cloneWithOffset(input, model) {
    // `input` as a moment in the same zone as `model`
    if (model._isUTC) {
        var result = model.clone();
        var time = lib.isMoment(input) || lib.isDate(input) ? input.valueOf() : lib.module(input).valueOf();
        result._d.setTime(result._d.valueOf() + (time - result.valueOf()));
        return result;
    }
    return lib.module(input).local();
}
//- $m_diff
function diff(input, units, asFloat) {
    if (!this.isValid()) {
        return NaN;
    }
    var that = lib.$cloneWithOffset(input, this);
    if (!that.isValid()) {
        return NaN;
    }
    var zoneDelta = (that.utcOffset() - this.utcOffset()) * 6e4;
    var output;
    switch (lib.$normalizeUnits(units)) {
        case 'year': output = lib.$monthDiff(this, that) / 12; break;
        case 'month': output = lib.$monthDiff(this, that); break;
        case 'quarter': output = lib.$monthDiff(this, that) / 3; break;
        case 'second': output = (this - that) / 1e3; break;
        case 'minute': output = (this - that) / 6e4; break;
        case 'hour': output = (this - that) / 36e5; break;
        case 'day': output = (this - that - zoneDelta) / 864e5; break;
        case 'week': output = (this - that - zoneDelta) / 6048e5; break;
        default: output = this - that;
    }
    return asFloat ? output : lib.$absFloor(output);
}
//- $monthDiff
function monthDiff(a, b) {
    // Whole months between the two, then the fraction of the month around `b`, as moment measures it.
    if (a.date() < b.date()) {
        return -monthDiff(b, a);
    }
    var whole = (b.year() - a.year()) * 12 + (b.month() - a.month());
    var anchor = a.clone().add(whole, 'months');
    var other, adjust;
    if (b - anchor < 0) {
        other = a.clone().add(whole - 1, 'months');
        adjust = (b - anchor) / (anchor - other);
    } else {
        other = a.clone().add(whole + 1, 'months');
        adjust = (b - anchor) / (other - anchor);
    }
    return -(whole + adjust) || 0;
}
//- $m_from
function from(time, withoutSuffix) {
    if (this.isValid() && ((lib.isMoment(time) && time.isValid()) || lib.module(time).isValid())) {
        return lib.$createDuration({ to: this, from: time }).humanize(!withoutSuffix);
    }
    return 'Invalid date';
}
//- $m_fromNow
function fromNow(withoutSuffix) {
    return this.from(lib.module(), withoutSuffix);
}
//- $m_to
function to(time, withoutSuffix) {
    if (this.isValid() && ((lib.isMoment(time) && time.isValid()) || lib.module(time).isValid())) {
        return lib.$createDuration({ from: this, to: time }).humanize(!withoutSuffix);
    }
    return 'Invalid date';
}
//- $m_toNow
function toNow(withoutSuffix) {
    return this.to(lib.module(), withoutSuffix);
}
//- $m_calendar
function calendar(time, formats) {
    if (arguments.length === 1) {
        var only = arguments[0];
        var keys = ['sameDay', 'nextDay', 'lastDay', 'nextWeek', 'lastWeek', 'sameElse'];
        if (!only) {
            time = undefined;
            formats = undefined;
        } else if (Object.prototype.toString.call(only) === '[object Object]' && !lib.isMoment(only) &&
            keys.some(function (key) { return Object.prototype.hasOwnProperty.call(only, key); })) {
            formats = only;
            time = undefined;
        }
    }
    var reference = time || lib.module();
    var startOfDay = lib.$cloneWithOffset(reference, this).startOf('day');
    var key = lib.calendarFormat(this, startOfDay) || 'sameElse';
    var output = formats && (typeof formats[key] === 'function' ? formats[key].call(this, reference) : formats[key]);
    return this.format(output || lib.$locale.calendar(key, this, lib.module(reference)));
}
//- $createDuration
function createDuration(input, key) {
    var Duration = lib.$Duration;
    var values = input;
    var match, sign;
    if (input instanceof Duration) {
        values = { ms: input._milliseconds, d: input._days, M: input._months };
    } else if (typeof input === 'number' || !isNaN(+input)) {
        values = {};
        if (key) {
            values[key] = +input;
        } else {
            values.milliseconds = +input;
        }
    } else if ((match = /^(-|\+)?(?:(\d*)[. ])?(\d+):(\d+)(?::(\d+)(\.\d*)?)?$/.exec(input))) {
        sign = match[1] === '-' ? -1 : 1;
        values = {
            y: 0, d: lib.$toInt(match[2]) * sign, h: lib.$toInt(match[3]) * sign, m: lib.$toInt(match[4]) * sign,
            s: lib.$toInt(match[5]) * sign, ms: lib.$toInt(lib.$absRound(match[6] * 1000)) * sign
        };
    } else if ((match = /^(-|\+)?P(?:([-+]?[0-9,.]*)Y)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)W)?(?:([-+]?[0-9,.]*)D)?(?:T(?:([-+]?[0-9,.]*)H)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)S)?)?$/.exec(input))) {
        sign = match[1] === '-' ? -1 : 1;
        var iso = function (text) {
            var number = text && parseFloat(text.replace(',', '.'));
            return (isNaN(number) ? 0 : number) * sign;
        };
        values = { y: iso(match[2]), M: iso(match[3]), w: iso(match[4]), d: iso(match[5]), h: iso(match[6]), m: iso(match[7]), s: iso(match[8]) };
    } else if (values == null) {
        values = {};
    } else if (typeof values === 'object' && ('from' in values || 'to' in values)) {
        var difference = lib.$momentsDifference(lib.module(values.from), lib.module(values.to));
        values = { ms: difference.milliseconds, M: difference.months };
    }
    var result = new Duration(values);
    if (input instanceof Duration && Object.prototype.hasOwnProperty.call(input, '_isValid')) {
        result._isValid = input._isValid;
    }
    return result;
}
//- $momentsDifference
function momentsDifference(base, other) {
    if (!(base.isValid() && other.isValid())) {
        return { milliseconds: 0, months: 0 };
    }
    other = lib.$cloneWithOffset(other, base);
    function positive(from, to) {
        var months = to.month() - from.month() + (to.year() - from.year()) * 12;
        if (from.clone().add(months, 'M').isAfter(to)) {
            months--;
        }
        return { months: months, milliseconds: +to - +from.clone().add(months, 'M') };
    }
    if (base.isBefore(other)) {
        return positive(base, other);
    }
    var result = positive(other, base);
    return { milliseconds: -result.milliseconds, months: -result.months };
}
//- $Duration
(function () {
    function Duration(input) {
        var values = lib.$normalizeObject(input);
        this._isValid = lib.$isValidDuration(values);
        this._milliseconds = +(values.millisecond || 0) + (values.second || 0) * 1e3 + (values.minute || 0) * 6e4 +
            (values.hour || 0) * 1000 * 60 * 60;
        this._days = +(values.day || 0) + (values.week || values.isoWeek || 0) * 7;
        this._months = +(values.month || 0) + (values.quarter || 0) * 3 + (values.year || 0) * 12;
        this._data = {};
        lib.$bubble(this);
    }
    lib.$lazy(Duration.prototype, '$d_',
        'isValid abs add subtract as asMilliseconds asSeconds asMinutes asHours asDays asWeeks asMonths asQuarters ' +
        'asYears valueOf clone get milliseconds seconds minutes hours days weeks months years humanize ' +
        'toISOString toString=toISOString toJSON=toISOString toIsoString=toISOString locale localeData');
    return Duration;
}())
//- $isValidDuration
function isValidDuration(values) {
    var order = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second', 'millisecond'];
    for (var key in values) {
        if (Object.prototype.hasOwnProperty.call(values, key) &&
            !(order.indexOf(key) !== -1 && (values[key] == null || !isNaN(values[key])))) {
            return false;
        }
    }
    // only the smallest unit given may have a fraction
    var fraction = false;
    for (var i = 0; i < order.length; i++) {
        if (values[order[i]]) {
            if (fraction) {
                return false;
            }
            if (parseFloat(values[order[i]]) !== lib.$toInt(values[order[i]])) {
                fraction = true;
            }
        }
    }
    return true;
}
//- $bubble
function bubble(duration) {
    var absFloor = lib.$absFloor;
    var absCeil = lib.$absCeil;
    var milliseconds = duration._milliseconds;
    var days = duration._days;
    var months = duration._months;
    var data = duration._data;
    // mixed signs: fold everything into milliseconds first
    if (!((milliseconds >= 0 && days >= 0 && months >= 0) || (milliseconds <= 0 && days <= 0 && months <= 0))) {
        milliseconds += absCeil((months * 146097) / 4800 + days) * 864e5;
        days = 0;
        months = 0;
    }
    data.milliseconds = milliseconds % 1000;
    var seconds = absFloor(milliseconds / 1000);
    data.seconds = seconds % 60;
    var minutes = absFloor(seconds / 60);
    data.minutes = minutes % 60;
    var hours = absFloor(minutes / 60);
    data.hours = hours % 24;
    days += absFloor(hours / 24);
    var monthsFromDays = absFloor((days * 4800) / 146097);
    months += monthsFromDays;
    days -= absCeil((monthsFromDays * 146097) / 4800);
    data.days = days;
    data.months = months % 12;
    data.years = absFloor(months / 12);
}
//- $d_isValid
function isValid() {
    return this._isValid;
}
//- $d_abs
function abs() {
    var data = this._data;
    this._milliseconds = Math.abs(this._milliseconds);
    this._days = Math.abs(this._days);
    this._months = Math.abs(this._months);
    ['milliseconds', 'seconds', 'minutes', 'hours', 'months', 'years'].forEach(function (key) {
        data[key] = Math.abs(data[key]);
    });
    return this;
}
//- $d_add
function add(input, value) {
    return lib.$durationAdd(this, input, value, 1);
}
//- $d_subtract
function subtract(input, value) {
    return lib.$durationAdd(this, input, value, -1);
}
//- $durationAdd
function durationAdd(duration, input, value, sign) {
    var other = lib.$createDuration(input, value);
    duration._milliseconds += sign * other._milliseconds;
    duration._days += sign * other._days;
    duration._months += sign * other._months;
    lib.$bubble(duration);
    return duration;
}
//- $d_as
function as(units) {
    if (!this.isValid()) {
        return NaN;
    }
    var milliseconds = this._milliseconds;
    var days, months;
    units = lib.$normalizeUnits(units);
    if (units === 'month' || units === 'quarter' || units === 'year') {
        days = this._days + milliseconds / 864e5;
        months = this._months + (days * 4800) / 146097;
        return units === 'month' ? months : units === 'quarter' ? months / 3 : months / 12;
    }
    days = this._days + Math.round((this._months * 146097) / 4800);
    switch (units) {
        case 'week': return days / 7 + milliseconds / 6048e5;
        case 'day': return days + milliseconds / 864e5;
        case 'hour': return days * 24 + milliseconds / 36e5;
        case 'minute': return days * 1440 + milliseconds / 6e4;
        case 'second': return days * 86400 + milliseconds / 1000;
        case 'millisecond': return Math.floor(days * 864e5) + milliseconds;
        default: throw new Error('Unknown unit ' + units);
    }
}
//- $d_asMilliseconds
function asMilliseconds() {
    return this.as('ms');
}
//- $d_valueOf
function valueOf() {
    return this.as('ms');
}
//- $d_asSeconds
function asSeconds() {
    return this.as('s');
}
//- $d_asMinutes
function asMinutes() {
    return this.as('m');
}
//- $d_asHours
function asHours() {
    return this.as('h');
}
//- $d_asDays
function asDays() {
    return this.as('d');
}
//- $d_asWeeks
function asWeeks() {
    return this.as('w');
}
//- $d_asMonths
function asMonths() {
    return this.as('M');
}
//- $d_asQuarters
function asQuarters() {
    return this.as('Q');
}
//- $d_asYears
function asYears() {
    return this.as('y');
}
//- $d_clone
function clone() {
    return lib.$createDuration(this);
}
//- $d_get
function get(units) {
    units = lib.$normalizeUnits(units);
    return this.isValid() ? this[units + 's']() : NaN;
}
//- $durationField
function durationField(name) {
    return function () {
        return this.isValid() ? this._data[name] : NaN;
    };
}
//- $d_milliseconds
lib.$durationField('milliseconds')
//- $d_seconds
lib.$durationField('seconds')
//- $d_minutes
lib.$durationField('minutes')
//- $d_hours
lib.$durationField('hours')
//- $d_days
lib.$durationField('days')
//- $d_months
lib.$durationField('months')
//- $d_years
lib.$durationField('years')
//- $d_weeks
function weeks() {
    return lib.$absFloor(this.days() / 7);
}
//- $d_locale
function locale(key) {
    return key === undefined ? 'en' : this;
}
//- $d_localeData
function localeData() {
    return lib.$locale;
}
//- $d_humanize
function humanize(withSuffix, thresholds) {
    if (!this.isValid()) {
        return 'Invalid date';
    }
    var limits = lib.$thresholds;
    if (typeof withSuffix === 'object') {
        thresholds = withSuffix;
        withSuffix = false;
    }
    withSuffix = typeof withSuffix === 'boolean' ? withSuffix : false;
    if (typeof thresholds === 'object') {
        limits = Object.assign({}, limits, thresholds);
        if (thresholds.s != null && thresholds.ss == null) {
            limits.ss = thresholds.s - 1;
        }
    }
    var output = lib.$relativeTime(this, !withSuffix, limits);
    return withSuffix ? lib.$locale.pastFuture(+this, output) : output;
}
//- $relativeTime
function relativeTime(duration, withoutSuffix, limits) {
    var round = lib.$thresholds.round;
    var absolute = lib.$createDuration(duration).abs();
    var seconds = round(absolute.as('s'));
    var minutes = round(absolute.as('m'));
    var hours = round(absolute.as('h'));
    var days = round(absolute.as('d'));
    var months = round(absolute.as('M'));
    var weeks = round(absolute.as('w'));
    var years = round(absolute.as('y'));
    var pick = (seconds <= limits.ss && ['s', seconds]) ||
        (seconds < limits.s && ['ss', seconds]) ||
        (minutes <= 1 && ['m']) ||
        (minutes < limits.m && ['mm', minutes]) ||
        (hours <= 1 && ['h']) ||
        (hours < limits.h && ['hh', hours]) ||
        (days <= 1 && ['d']) ||
        (days < limits.d && ['dd', days]);
    if (limits.w != null) {
        pick = pick || (weeks <= 1 && ['w']) || (weeks < limits.w && ['ww', weeks]);
    }
    pick = pick || (months <= 1 && ['M']) || (months < limits.M && ['MM', months]) || (years <= 1 && ['y']) || ['yy', years];
    return lib.$locale.relativeTime(pick[1] || 1, !!withoutSuffix, pick[0], +duration > 0);
}
//- $d_toISOString
function toISOString() {
    if (!this.isValid()) {
        return 'Invalid date';
    }
    var absFloor = lib.$absFloor;
    var seconds = Math.abs(this._milliseconds) / 1000;
    var days = Math.abs(this._days);
    var months = Math.abs(this._months);
    var total = this.asSeconds();
    if (!total) {
        return 'P0D';
    }
    var minutes = absFloor(seconds / 60);
    var hours = absFloor(minutes / 60);
    seconds %= 60;
    minutes %= 60;
    var years = absFloor(months / 12);
    months %= 12;
    var text = seconds ? seconds.toFixed(3).replace(/\.?0+$/, '') : '';
    function sign(x) {
        return (x > 0) - (x < 0) || +x;
    }
    var ymSign = sign(this._months) !== sign(total) ? '-' : '';
    var daysSign = sign(this._days) !== sign(total) ? '-' : '';
    var hmsSign = sign(this._milliseconds) !== sign(total) ? '-' : '';
    return (total < 0 ? '-' : '') + 'P' +
        (years ? ymSign + years + 'Y' : '') +
        (months ? ymSign + months + 'M' : '') +
        (days ? daysSign + days + 'D' : '') +
        (hours || minutes || seconds ? 'T' : '') +
        (hours ? hmsSign + hours + 'H' : '') +
        (minutes ? hmsSign + minutes + 'M' : '') +
        (seconds ? hmsSign + text + 'S' : '');
}
"""##
}
