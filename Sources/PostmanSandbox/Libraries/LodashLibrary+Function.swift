extension LodashLibrary {
    /// Function functions both versions share.
    static let function = ##"""
//- $slice
function argsSlice(args, from) {
  return Array.prototype.slice.call(args, from);
}
//- $placeholderArgs
function placeholderArgs(partials, args) {
  var placeholder = lib.module, result = [], used = 0;
  for (var i = 0; i < partials.length; i++) {
    result.push(partials[i] === placeholder && used < args.length ? args[used++] : partials[i]);
  }
  while (used < args.length) result.push(args[used++]);
  return result;
}
//- $requireFunction
function requireFunction(func) {
  if (typeof func != 'function') throw new TypeError('Expected a function');
  return func;
}
//- once
function once(func) {
  return lib.before(2, func);
}
//- before
function before(n, func) {
  var result;
  if (typeof func != 'function') {
    if (typeof n == 'function') { var swap = n; n = func; func = swap; } else lib.$requireFunction(func);
  }
  n = lib.$toInteger(n);
  return function () {
    if (--n > 0) result = func.apply(this, arguments);
    if (n <= 1) func = undefined;
    return result;
  };
}
//- after
function after(n, func) {
  if (typeof func != 'function') {
    if (typeof n == 'function') { var swap = n; n = func; func = swap; } else lib.$requireFunction(func);
  }
  n = lib.$toInteger(n);
  return function () {
    if (--n < 1) return func.apply(this, arguments);
  };
}
//- memoize
function memoize(func, resolver) {
  if (typeof func != 'function' || (resolver != null && typeof resolver != 'function')) throw new TypeError('Expected a function');
  var memoized = function () {
    var key = resolver ? resolver.apply(this, arguments) : arguments[0], cache = memoized.cache;
    if (cache.has(key)) return cache.get(key);
    var result = func.apply(this, arguments);
    memoized.cache = cache.set(key, result) || cache;
    return result;
  };
  memoized.cache = new (lib.memoize.Cache || Map)();
  return memoized;
}
//- negate
function negate(predicate) {
  lib.$requireFunction(predicate);
  return function () { return !predicate.apply(this, arguments); };
}
//- partial
function partial(func) {
  var partials = lib.$slice(arguments, 1);
  var wrapper = function () { return func.apply(this, lib.$placeholderArgs(partials, lib.$slice(arguments, 0))); };
  return wrapper;
}
//- partialRight
function partialRight(func) {
  var partials = lib.$slice(arguments, 1);
  return function () {
    var args = lib.$slice(arguments, 0), placeholder = lib.module;
    var holes = partials.filter(function (p) { return p === placeholder; }).length;
    var lead = args.slice(0, Math.max(args.length - holes, 0)), fill = args.slice(lead.length), used = 0;
    return func.apply(this, lead.concat(partials.map(function (p) { return p === placeholder ? fill[used++] : p; })));
  };
}
//- bind
function bind(func, thisArg) {
  lib.$requireFunction(func);
  var partials = lib.$slice(arguments, 2);
  return function () { return func.apply(thisArg, lib.$placeholderArgs(partials, lib.$slice(arguments, 0))); };
}
//- bindAll
function bindAll(object) {
  lib.$flatten(lib.$slice(arguments, 1), 1).forEach(function (key) {
    object[key] = lib.bind(object[key], object);
  });
  return object;
}
//- curry
function curry(func, arity, guard) {
  lib.$requireFunction(func);
  arity = (guard || arity === undefined) ? func.length : lib.$toInteger(arity);
  var placeholder = lib.module;
  var make = function (collected) {
    var curried = function () {
      var args = lib.$placeholderArgs(collected, lib.$slice(arguments, 0));
      var filled = args.slice(0, arity).filter(function (arg) { return arg !== placeholder; }).length;
      if (filled >= arity) return func.apply(this, args);
      return make(args);
    };
    curried.placeholder = placeholder;
    return curried;
  };
  return make([]);
}
//- curryRight
function curryRight(func, arity, guard) {
  lib.$requireFunction(func);
  arity = (guard || arity === undefined) ? func.length : lib.$toInteger(arity);
  var make = function (collected) {
    return function () {
      var args = lib.$slice(arguments, 0).concat(collected);
      if (args.length >= arity) return func.apply(this, args);
      return make(args);
    };
  };
  return make([]);
}
//- flow
function flow() {
  var funcs = lib.$flatten(lib.$slice(arguments, 0), 1);
  funcs.forEach(lib.$requireFunction);
  return function () {
    var index = 0, result = funcs.length ? funcs[0].apply(this, arguments) : arguments[0];
    while (++index < funcs.length) result = funcs[index].call(this, result);
    return result;
  };
}
//- flowRight
function flowRight() {
  return lib.flow.apply(undefined, lib.$flatten(lib.$slice(arguments, 0), 1).reverse());
}
//- delay
function delay(func, wait) {
  lib.$requireFunction(func);
  var args = lib.$slice(arguments, 2);
  return setTimeout(function () { func.apply(undefined, args); }, lib.$toNumber(wait) || 0);
}
//- defer
function defer(func) {
  lib.$requireFunction(func);
  var args = lib.$slice(arguments, 1);
  return setTimeout(function () { func.apply(undefined, args); }, 1);
}
//- ary
function ary(func, n, guard) {
  n = guard ? undefined : n;
  n = (func && n == null) ? func.length : n;
  return function () { return func.apply(this, lib.$slice(arguments, 0).slice(0, n)); };
}
//- $restParam
function rest(func, start) {
  lib.$requireFunction(func);
  start = start === undefined ? func.length - 1 : lib.$toInteger(start);
  return function () {
    var args = lib.$slice(arguments, 0), index = Math.max(start, 0);
    var head = args.slice(0, index);
    while (head.length < index) head.push(undefined);
    head.push(args.slice(index));
    return func.apply(this, head);
  };
}
//- spread
function spread(func, start) {
  lib.$requireFunction(func);
  start = start == null ? 0 : Math.max(lib.$toInteger(start), 0);
  return function () {
    var args = lib.$slice(arguments, 0), array = args[start], head = args.slice(0, start);
    return func.apply(this, array ? head.concat(Array.prototype.slice.call(array)) : head);
  };
}
//- wrap
function wrap(value, wrapper) {
  return lib.partial(typeof wrapper == 'function' ? wrapper : lib.identity, value);
}
//- debounce
function debounce(func, wait, options) {
  lib.$requireFunction(func);
  var lastArgs, lastThis, result, timerId, lastCallTime, lastInvokeTime = 0;
  var leading = false, maxing = false, trailing = true, maxWait;
  wait = lib.$toNumber(wait) || 0;
  if (lib.isObject(options)) {
    leading = !!options.leading;
    maxing = 'maxWait' in options;
    maxWait = maxing ? Math.max(lib.$toNumber(options.maxWait) || 0, wait) : maxWait;
    trailing = 'trailing' in options ? !!options.trailing : trailing;
  }
  function invoke(time) {
    var args = lastArgs, thisArg = lastThis;
    lastArgs = lastThis = undefined;
    lastInvokeTime = time;
    result = func.apply(thisArg, args);
    return result;
  }
  function remainingWait(time) {
    var sinceCall = time - lastCallTime, sinceInvoke = time - lastInvokeTime, waiting = wait - sinceCall;
    return maxing ? Math.min(waiting, maxWait - sinceInvoke) : waiting;
  }
  function shouldInvoke(time) {
    var sinceCall = time - lastCallTime, sinceInvoke = time - lastInvokeTime;
    return lastCallTime === undefined || sinceCall >= wait || sinceCall < 0 || (maxing && sinceInvoke >= maxWait);
  }
  // The sandbox's clock stands still while its timers run, so a timer takes its due time as the current time.
  function startTimer(delay, from) {
    return setTimeout(function () { timerExpired(from + delay); }, delay);
  }
  function timerExpired(due) {
    var time = Math.max(Date.now(), due);
    if (shouldInvoke(time)) return trailingEdge(time);
    timerId = startTimer(remainingWait(time), time);
  }
  function leadingEdge(time) {
    lastInvokeTime = time;
    timerId = startTimer(wait, time);
    return leading ? invoke(time) : result;
  }
  function trailingEdge(time) {
    timerId = undefined;
    if (trailing && lastArgs) return invoke(time);
    lastArgs = lastThis = undefined;
    return result;
  }
  function debounced() {
    var time = Date.now(), isInvoking = shouldInvoke(time);
    lastArgs = arguments;
    lastThis = this;
    lastCallTime = time;
    if (isInvoking) {
      if (timerId === undefined) return leadingEdge(lastCallTime);
      if (maxing) {
        clearTimeout(timerId);
        timerId = startTimer(wait, lastCallTime);
        return invoke(lastCallTime);
      }
    }
    if (timerId === undefined) timerId = startTimer(wait, time);
    return result;
  }
  debounced.cancel = function () {
    if (timerId !== undefined) clearTimeout(timerId);
    lastInvokeTime = 0;
    lastArgs = lastCallTime = lastThis = timerId = undefined;
  };
  debounced.flush = function () {
    return timerId === undefined ? result : trailingEdge(Date.now());
  };
  return debounced;
}
//- throttle
function throttle(func, wait, options) {
  lib.$requireFunction(func);
  var leading = true, trailing = true;
  if (lib.isObject(options)) {
    leading = 'leading' in options ? !!options.leading : leading;
    trailing = 'trailing' in options ? !!options.trailing : trailing;
  }
  return lib.debounce(func, wait, { leading: leading, maxWait: wait, trailing: trailing });
}
"""##

    /// Function functions only lodash 4 has.
    static let function4 = ##"""
//- unary
function unary(func) {
  return lib.ary(func, 1);
}
"""##
}
