extension MomentLibrary {
    /// The methods of a moment that read and change it: getters and setters, add and subtract, start and end of.
    static let instanceSource = ##"""
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
"""##
}
