extension NodeBuiltinLibraries {
    /// `events`, as JavaScript units.
    static let eventsSource = ##"""
//- module
(function () {
  function EventEmitter() {
    lib.$init(this);
  }
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.defaultMaxListeners = 10;
  EventEmitter.errorMonitor = Symbol('events.errorMonitor');
  EventEmitter.listenerCount = function (emitter, name) { return emitter.listenerCount(name); };
  EventEmitter.once = function (emitter, name) {
    return new Promise(function (resolve, reject) {
      function onError(error) { emitter.removeListener(name, onEvent); reject(error); }
      function onEvent() {
        if (name !== 'error') { emitter.removeListener('error', onError); }
        resolve(Array.prototype.slice.call(arguments));
      }
      emitter.once(name, onEvent);
      if (name !== 'error') { emitter.once('error', onError); }
    });
  };
  var proto = EventEmitter.prototype;
  ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'off', 'removeListener', 'removeAllListeners',
    'emit', 'listeners', 'rawListeners', 'listenerCount', 'eventNames', 'setMaxListeners', 'getMaxListeners']
    .forEach(function (name) {
      Object.defineProperty(proto, name, {
        configurable: true, writable: true, enumerable: true,
        value: function () { return lib['$' + name].apply(this, arguments); }
      });
    });
  return EventEmitter;
})()
//- $init
function init(emitter) {
  if (!emitter._events || emitter._events === Object.getPrototypeOf(emitter)._events) {
    emitter._events = Object.create(null);
    emitter._eventsCount = 0;
  }
  if (emitter._maxListeners === undefined) { emitter._maxListeners = undefined; }
  return emitter._events;
}
//- $checkListener
function checkListener(listener) {
  if (typeof listener !== 'function') {
    var received = listener === null || listener === undefined ? String(listener)
      : typeof listener === 'object' ? 'an instance of ' + ((listener.constructor && listener.constructor.name) || 'Object')
      : 'type ' + typeof listener + ' (' + (typeof listener === 'string' ? "'" + listener + "'" : String(listener)) + ')';
    var error = new TypeError('The "listener" argument must be of type function. Received ' + received);
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
}
//- $add
function add(emitter, name, listener, prepend) {
  lib.$checkListener(listener);
  var events = emitter._events || lib.$init(emitter);
  if (events.newListener !== undefined) {
    emitter.emit('newListener', name, listener.listener ? listener.listener : listener);
    events = emitter._events;
  }
  var existing = events[name];
  if (existing === undefined) {
    events[name] = listener;
    emitter._eventsCount++;
  } else if (typeof existing === 'function') {
    events[name] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  return emitter;
}
//- $on
function on(name, listener) { return lib.$add(this, name, listener, false); }
//- $addListener
function addListener(name, listener) { return lib.$add(this, name, listener, false); }
//- $prependListener
function prependListener(name, listener) { return lib.$add(this, name, listener, true); }
//- $onceWrapper
function onceWrapper(emitter, name, listener) {
  var state = { fired: false };
  function wrapper() {
    if (state.fired) { return undefined; }
    emitter.removeListener(name, wrapper);
    state.fired = true;
    return listener.apply(emitter, arguments);
  }
  wrapper.listener = listener;
  return wrapper;
}
//- $once
function once(name, listener) {
  lib.$checkListener(listener);
  return lib.$add(this, name, lib.$onceWrapper(this, name, listener), false);
}
//- $prependOnceListener
function prependOnceListener(name, listener) {
  lib.$checkListener(listener);
  return lib.$add(this, name, lib.$onceWrapper(this, name, listener), true);
}
//- $removeListener
function removeListener(name, listener) {
  lib.$checkListener(listener);
  var events = this._events;
  if (!events) { return this; }
  var list = events[name];
  if (list === undefined) { return this; }
  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) { this._events = Object.create(null); } else { delete events[name]; }
    if (events.removeListener) { this.emit('removeListener', name, list.listener || listener); }
  } else if (typeof list !== 'function') {
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        var removed = list[i];
        list.splice(i, 1);
        if (list.length === 1) { events[name] = list[0]; }
        if (events.removeListener !== undefined) { this.emit('removeListener', name, removed.listener || listener); }
        break;
      }
    }
  }
  return this;
}
//- $off
function off(name, listener) { return this.removeListener(name, listener); }
//- $removeAllListeners
function removeAllListeners(name) {
  var events = this._events;
  if (!events) { return this; }
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[name] !== undefined) {
      if (--this._eventsCount === 0) { this._events = Object.create(null); } else { delete events[name]; }
    }
    return this;
  }
  if (arguments.length === 0) {
    var self = this;
    Reflect.ownKeys(events).forEach(function (key) {
      if (key !== 'removeListener') { self.removeAllListeners(key); }
    });
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  var listeners = events[name];
  if (typeof listeners === 'function') {
    this.removeListener(name, listeners);
  } else if (listeners !== undefined) {
    for (var i = listeners.length - 1; i >= 0; i--) { this.removeListener(name, listeners[i]); }
  }
  return this;
}
//- $emit
function emit(name) {
  var args = Array.prototype.slice.call(arguments, 1), events = this._events;
  if (name === 'error' && (!events || events.error === undefined)) {
    var error = args[0];
    if (error instanceof Error) { throw error; }
    var unhandled = new Error('Unhandled error. (' + (typeof error === 'string' ? "'" + error + "'" : String(error)) + ')');
    unhandled.code = 'ERR_UNHANDLED_ERROR';
    unhandled.context = error;
    throw unhandled;
  }
  if (!events) { return false; }
  var handler = events[name];
  if (handler === undefined) { return false; }
  if (typeof handler === 'function') {
    handler.apply(this, args);
  } else {
    var listeners = handler.slice();
    for (var i = 0; i < listeners.length; i++) { listeners[i].apply(this, args); }
  }
  return true;
}
//- $listeners
function listeners(name) {
  var list = this._events && this._events[name];
  if (list === undefined) { return []; }
  if (typeof list === 'function') { return [list.listener || list]; }
  return list.map(function (listener) { return listener.listener || listener; });
}
//- $rawListeners
function rawListeners(name) {
  var list = this._events && this._events[name];
  if (list === undefined) { return []; }
  return typeof list === 'function' ? [list] : list.slice();
}
//- $listenerCount
function listenerCount(name, listener) {
  var list = this._events && this._events[name];
  if (list === undefined) { return 0; }
  if (typeof list === 'function') { return listener === undefined || list === listener || list.listener === listener ? 1 : 0; }
  if (listener === undefined) { return list.length; }
  return list.filter(function (item) { return item === listener || item.listener === listener; }).length;
}
//- $eventNames
function eventNames() { return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : []; }
//- $setMaxListeners
function setMaxListeners(count) {
  if (typeof count !== 'number' || count < 0 || count !== count) {
    var error = new RangeError('The value of "setMaxListeners" is out of range. It must be >= 0. Received ' + (typeof count === 'string' ? "'" + count + "'" : String(count)));
    error.code = 'ERR_OUT_OF_RANGE';
    throw error;
  }
  this._maxListeners = count;
  return this;
}
//- $getMaxListeners
function getMaxListeners() {
  return this._maxListeners === undefined ? require('events').defaultMaxListeners : this._maxListeners;
}
"""##
}
