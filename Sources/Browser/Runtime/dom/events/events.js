// DOM part 2: Event, CustomEvent and EventTarget with capture, target and bubble phases.
(() => {
  'use strict';
  const dom = __rt.dom;

  class Event {
    constructor(type, init) {
      if (arguments.length === 0) throw new TypeError('Event needs a type');
      init = init || {};
      this._type = String(type);
      this._bubbles = !!init.bubbles;
      this._cancelable = !!init.cancelable;
      this._composed = !!init.composed;
      this._target = null;
      this._current = null;
      this._phase = 0;
      this._stop = false;
      this._stopNow = false;
      this._canceled = false;
      this._passive = false;
      this._dispatching = false;
      this._path = [];
      this.isTrusted = false;
      this.timeStamp = typeof performance !== 'undefined' ? performance.now() : 0;
    }
    preventDefault() { if (this._cancelable && !this._passive) this._canceled = true; }
    stopPropagation() { this._stop = true; }
    stopImmediatePropagation() { this._stop = this._stopNow = true; }
    composedPath() { return this._dispatching ? this._path.slice() : []; }
    initEvent(type, bubbles, cancelable) {
      if (this._dispatching) return;
      this._type = String(type);
      this._bubbles = !!bubbles;
      this._cancelable = !!cancelable;
    }
  }
  dom.accessors(Event.prototype, {
    type() { return this._type; },
    bubbles() { return this._bubbles; },
    cancelable() { return this._cancelable; },
    composed() { return this._composed; },
    target() { return this._target; },
    srcElement() { return this._target; },
    currentTarget() { return this._current; },
    eventPhase() { return this._phase; },
    defaultPrevented() { return this._canceled; },
    returnValue: [function () { return !this._canceled; }, function (v) { if (!v) this.preventDefault(); }],
    cancelBubble: [function () { return this._stop; }, function (v) { if (v) this._stop = true; }],
  });
  const PHASES = { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 };
  Object.assign(Event, PHASES);
  Object.assign(Event.prototype, PHASES);

  class CustomEvent extends Event {
    constructor(type, init) {
      super(type, init);
      this._detail = init && init.detail !== undefined ? init.detail : null;
    }
    get detail() { return this._detail; }
    initCustomEvent(type, bubbles, cancelable, detail) {
      this.initEvent(type, bubbles, cancelable);
      this._detail = detail === undefined ? null : detail;
    }
  }

  // Options may be a boolean (capture) or an object {capture, once, passive, signal}.
  const flags = (opts) => (typeof opts === 'object' && opts !== null
    ? { capture: !!opts.capture, once: !!opts.once, passive: !!opts.passive, signal: opts.signal }
    : { capture: !!opts, once: false, passive: false });

  class EventTarget {
    addEventListener(type, callback, options) {
      if (callback === null || callback === undefined) return;
      const f = flags(options);
      if (f.signal && f.signal.aborted) return;
      const map = this._listeners || (this._listeners = Object.create(null));
      const list = map[type] || (map[type] = []);
      if (list.some((l) => l.cb === callback && l.capture === f.capture)) return;
      const entry = { cb: callback, capture: f.capture, once: f.once, passive: f.passive, removed: false };
      list.push(entry);
      if (f.signal && typeof f.signal.addEventListener === 'function') {
        f.signal.addEventListener('abort', () => this.removeEventListener(type, callback, f));
      }
    }

    removeEventListener(type, callback, options) {
      const list = this._listeners && this._listeners[type];
      if (!list) return;
      const capture = flags(options).capture;
      const i = list.findIndex((l) => l.cb === callback && l.capture === capture);
      if (i >= 0) { list[i].removed = true; list.splice(i, 1); }
    }

    dispatchEvent(event) {
      if (!(event instanceof Event)) throw new TypeError('dispatchEvent needs an Event');
      if (event._dispatching) dom.fail('InvalidStateError', 'The event is already being dispatched.');
      return dom.dispatch(this, event);
    }
  }

  // The parent used for propagation: nodes go to their parent, a document to its window
  // (except for `load`, which never reaches the window from the document).
  const parentOf = (t, event) => {
    if (t.nodeType === undefined) return null;
    if (t.nodeType === 9) return event._type === 'load' ? null : (t.defaultView || null);
    return t._parent;
  };

  const invoke = (t, event, phase) => {
    const list = t._listeners && t._listeners[event._type];
    if (!list || list.length === 0) return;
    event._current = t;
    for (const l of list.slice()) {
      if (event._stopNow) break;
      if (l.removed) continue;
      if ((phase === 1 && !l.capture) || (phase === 3 && l.capture)) continue;
      if (l.once) t.removeEventListener(event._type, l.cb, l.capture);
      event._passive = l.passive;
      try {
        if (typeof l.cb === 'function') l.cb.call(t, event);
        else if (typeof l.cb.handleEvent === 'function') l.cb.handleEvent(event);
      } catch (e) {
        dom.report(e);
      }
      event._passive = false;
    }
  };

  /** Dispatches `event` at `target` through capture, target and bubble phases; returns !defaultPrevented. */
  dom.dispatch = (target, event) => {
    event._dispatching = true;
    event._target = target;
    const path = [];
    for (let t = target; t; t = parentOf(t, event)) path.push(t);
    event._path = path;
    for (let i = path.length - 1; i > 0 && !event._stop; i--) {
      event._phase = 1;
      invoke(path[i], event, 1);
    }
    if (!event._stop) {
      // At the target, capture listeners run before the others (as in current browsers).
      event._phase = 2;
      invoke(target, event, 1);
      if (!event._stop) invoke(target, event, 3);
    }
    if (event._bubbles) {
      for (let i = 1; i < path.length && !event._stop; i++) {
        event._phase = 3;
        invoke(path[i], event, 3);
      }
    }
    event._phase = 0;
    event._current = null;
    event._dispatching = false;
    event._stop = event._stopNow = false;
    return !event._canceled;
  };

  /** Defines `on<type>` handler properties (e.g. onclick) on a prototype; a handler returning false cancels. */
  dom.eventHandlers = (proto, types) => {
    for (const type of types) {
      Object.defineProperty(proto, 'on' + type, {
        configurable: true,
        get() { return (this._on && this._on[type] && this._on[type].fn) || null; },
        set(fn) {
          const on = this._on || (this._on = Object.create(null));
          const old = on[type];
          if (old) this.removeEventListener(type, old.wrapper);
          on[type] = null;
          if (typeof fn !== 'function') return;
          const wrapper = function (e) { if (fn.call(this, e) === false) e.preventDefault(); };
          on[type] = { fn, wrapper };
          this.addEventListener(type, wrapper);
        },
      });
    }
  };

  dom.Event = Event;
  dom.EventTarget = EventTarget;
  globalThis.Event = Event;
  globalThis.CustomEvent = CustomEvent;
  globalThis.EventTarget = EventTarget;
})();
