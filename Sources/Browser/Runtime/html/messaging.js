// Cross-document messaging, after the HTML Standard: window.postMessage, MessageChannel and MessagePort.
//
// A message is delivered as its own task (a zero-delay timer on the virtual clock), as in browsers; React's
// scheduler relies on this. Messages are copied through JSON (structured clone is approximated: Dates,
// Maps and cyclic values are not kept); a function cannot be sent (DataCloneError).
(() => {
  'use strict';
  const rt = __rt;
  const dom = rt.dom;
  const g = globalThis;

  const copy = (value) => {
    if (typeof value === 'function' || typeof value === 'symbol') {
      dom.fail('DataCloneError', 'The object could not be cloned.');
    }
    if (value === undefined || value === null || typeof value !== 'object') return value;
    try { return JSON.parse(JSON.stringify(value)); } catch (e) { return dom.fail('DataCloneError', 'The object could not be cloned.'); }
  };
  const message = (target, data, origin, source, ports) => {
    const event = new g.MessageEvent('message', { data, origin, source, ports: ports || [] });
    const handler = target._onmessage;
    if (typeof handler === 'function') rt.callSafely(handler, target, [event]);
    target.dispatchEvent(event);
  };

  class MessagePort extends dom.EventTarget {
    constructor(key) {
      super();
      if (key !== dom.KEY) throw new TypeError('Illegal constructor');
      this._other = null;
      this._started = false;
      this._queue = [];
      this._closed = false;
    }
    postMessage(data) {
      const value = copy(data);
      const other = this._other;
      if (!other || this._closed) return;
      g.setTimeout(() => {
        if (other._closed) return;
        if (other._started) message(other, value, '', null);
        else other._queue.push(value);
      }, 0);
    }
    start() {
      if (this._started) return;
      this._started = true;
      const queued = this._queue.splice(0);
      for (const value of queued) g.setTimeout(() => message(this, value, '', null), 0);
    }
    close() { this._closed = true; }
    // Setting onmessage starts the port, as the standard says.
    get onmessage() { return this._onmessage || null; }
    set onmessage(fn) { this._onmessage = typeof fn === 'function' ? fn : null; this.start(); }
  }
  class MessageChannel {
    constructor() {
      this.port1 = new MessagePort(dom.KEY);
      this.port2 = new MessagePort(dom.KEY);
      this.port1._other = this.port2;
      this.port2._other = this.port1;
    }
  }

  g.postMessage = function (data, targetOrigin) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'postMessage' on 'Window': 1 argument required, but only 0 present.");
    const options = targetOrigin && typeof targetOrigin === 'object' ? targetOrigin : { targetOrigin };
    const wanted = options.targetOrigin === undefined ? '/' : String(options.targetOrigin);
    const origin = g.location.origin;
    if (wanted !== '*' && wanted !== '/') {
      const parsed = rt.parseURL(wanted);
      if (!parsed) dom.fail('SyntaxError', "Invalid target origin '" + wanted + "' in a call to 'postMessage'.");
      if (parsed.origin !== origin) return;
    }
    const value = copy(data);
    g.setTimeout(() => message(g, value, origin, g), 0);
  };
  Object.assign(g, { MessageChannel, MessagePort });
})();
