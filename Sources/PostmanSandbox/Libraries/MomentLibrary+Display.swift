extension MomentLibrary {
    /// The methods of a moment that compare and show it: queries, formatting entry points, offsets, relative time.
    static let displaySource = ##"""
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
"""##
}
