extension MomentLibrary {
    /// Durations: creation from numbers, objects and ISO strings, and their methods.
    static let durationSource = ##"""
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
