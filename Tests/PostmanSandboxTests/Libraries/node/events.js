// events: require('events') is EventEmitter itself; on/once/off, emit order and return values, listener queries.
const EventEmitter = require('events');
console.log(typeof EventEmitter, EventEmitter.EventEmitter === EventEmitter, EventEmitter.defaultMaxListeners);
const e = new EventEmitter(), log = [];
const a = (x) => log.push('a' + x), b = (x) => log.push('b' + x), c = function (x, y) { log.push('c' + x + y + (this === e)); };
console.log(e.on('ev', a) === e, e.addListener('ev', b) === e, e.prependListener('ev', c) === e);
console.log(e.emit('ev', 1, 2), e.emit('none'), log.join(','));
console.log(e.listenerCount('ev'), e.listeners('ev').length, e.listeners('ev')[0] === c, JSON.stringify(e.eventNames()));
e.off('ev', a); e.removeListener('ev', c); log.length = 0; e.emit('ev', 3); console.log(log.join(','), e.listenerCount('ev'));
e.removeListener('ev', () => {}); e.removeListener('nope', a); console.log(e.listenerCount('ev'));
e.once('one', (v) => log.push('once' + v)); e.prependOnceListener('one', (v) => log.push('first' + v));
console.log(e.listenerCount('one'), e.emit('one', 1), e.emit('one', 2), e.listenerCount('one'), log.join(','));
const onceFn = () => log.push('x'); e.once('r', onceFn); console.log(e.listeners('r')[0] === onceFn, e.rawListeners('r')[0] === onceFn, typeof e.rawListeners('r')[0].listener); e.off('r', onceFn); console.log(e.listenerCount('r'));
e.on('s', a); e.on('s', a); console.log(e.listenerCount('s')); e.off('s', a); console.log(e.listenerCount('s'));
e.on('t', a); console.log(JSON.stringify(e.eventNames())); e.removeAllListeners('t'); console.log(JSON.stringify(e.eventNames())); e.removeAllListeners(); console.log(JSON.stringify(e.eventNames()), e.emit('ev'));
const meta = new EventEmitter(), seen = [];
meta.on('newListener', (name) => seen.push('new:' + String(name))); meta.on('removeListener', (name) => seen.push('rm:' + String(name)));
meta.on('x', a); meta.once('y', b); meta.emit('y', 0); meta.off('x', a); console.log(seen.join(','));
meta.on('z', a); meta.removeAllListeners(); console.log(seen.join(','), JSON.stringify(meta.eventNames()));
try { new EventEmitter().emit('error', new Error('boom')); } catch (err) { console.log(err.message); }
try { new EventEmitter().emit('error', 'text'); } catch (err) { console.log(err.message, err.code); }
try { new EventEmitter().emit('error'); } catch (err) { console.log(err.message, err.code); }
const handled = new EventEmitter(); handled.on('error', (err) => console.log('handled', err)); console.log(handled.emit('error', 'ok'));
try { e.on('x', 'nope'); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(e.getMaxListeners(), e.setMaxListeners(3) === e, e.getMaxListeners());
try { e.setMaxListeners(-1); } catch (err) { console.log(err.name, err.code, err.message); }
const sym = Symbol('s'); e.on(sym, () => console.log('symbol event')); e.emit(sym); console.log(e.eventNames().length, EventEmitter.listenerCount(e, sym));
const order = []; const self = new EventEmitter();
self.on('loop', function first() { order.push(1); self.off('loop', second); }); function second() { order.push(2); } self.on('loop', second);
self.emit('loop'); self.emit('loop'); console.log(order.join());
class Clock extends EventEmitter { tick() { this.emit('tick', 42); } }
const clock = new Clock(); clock.on('tick', (n) => console.log('tick', n)); clock.tick(); console.log(clock instanceof EventEmitter);
function Legacy() { EventEmitter.call(this); } Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
const legacy = new Legacy(); legacy.on('go', () => console.log('went')); legacy.emit('go');
EventEmitter.once(new EventEmitter(), 'never').then(() => {}); console.log('done');
// expect: function true 10
// expect: true true true
// expect: true false c12true,a1,b1
// expect: 3 3 true ["ev"]
// expect: b3 1
// expect: 1
// expect: 2 true false 0 b3,first1,once1
// expect: true false function
// expect: 0
// expect: 2
// expect: 1
// expect: ["ev","s","t"]
// expect: ["ev","s"]
// expect: [] false
// expect: new:removeListener,new:x,new:y,rm:y,rm:x
// expect: new:removeListener,new:x,new:y,rm:y,rm:x,new:z,rm:newListener,rm:z []
// expect: boom
// expect: Unhandled error. ('text') ERR_UNHANDLED_ERROR
// expect: Unhandled error. (undefined) ERR_UNHANDLED_ERROR
// expect: handled ok
// expect: true
// expect: TypeError ERR_INVALID_ARG_TYPE The "listener" argument must be of type function. Received type string ('nope')
// expect: 10 true 3
// expect: RangeError ERR_OUT_OF_RANGE The value of "setMaxListeners" is out of range. It must be >= 0. Received -1
// expect: symbol event
// expect: 1 1
// expect: 1,2,1
// expect: tick 42
// expect: true
// expect: went
// expect: done
