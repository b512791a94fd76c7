/// moment, written for Postie: `require('moment')` (moment 2.30, locale `en`).
///
/// Every function is its own unit: `module` is the `moment` function, `$m_*` the methods of moments and `$d_*` those
/// of durations, which `$lazy` puts on the prototypes as getters that compile a method on first use. A moment keeps
/// its time in `_d` shifted by its UTC offset, so every field is read with the `getUTC…` methods; Postie's local
/// time is UTC.
enum MomentLibrary {
    static var moment: ScriptLibrary {
        ScriptLibrary(
            fileName: "moment.js", momentSource, calendarSource, parsingSource, formattingSource, instanceSource,
            displaySource, durationSource)
    }

    /// The `moment` function and its statics: creation, names, defaults.
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
"""##
}
