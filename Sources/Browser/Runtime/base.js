// The runtime's shared namespace. Every runtime file adds to __rt; page scripts never need it.
(function () {
  'use strict';
  const rt = (globalThis.__rt = {});

  // Every platform feature a page reached for that the harness lacks, by name, in first-use order.
  // The harness lists them per page ("page used 2 features the harness lacks: ...").
  rt.missing = [];
  rt.recordMissing = function (name) {
    if (rt.missing.indexOf(name) < 0) rt.missing.push(name);
  };

  // A method the harness does not model, on an object it does model: it fails loudly and is recorded.
  rt.notImplemented = function (name) {
    rt.recordMissing(name);
    throw new Error('not implemented in the harness: ' + name);
  };

  // Reports an exception that escaped a callback (timer, listener, answer) as a browser would:
  // an uncaught error on the console and an 'error' event on window; the page goes on.
  rt.reportException = function (e) {
    const isError = e !== null && typeof e === 'object';
    const name = isError && e.name ? String(e.name) : 'Error';
    const message = isError && 'message' in e ? String(e.message) : String(e);
    __host.reportError(name, message, isError ? e.sourceURL : undefined,
      isError ? e.line : undefined, isError ? e.column : undefined, isError ? e.stack : undefined);
  };

  // Calls fn, reporting rather than propagating what it throws.
  rt.callSafely = function (fn, thisArg, args) {
    try {
      return fn.apply(thisArg, args || []);
    } catch (e) {
      rt.reportException(e);
      return undefined;
    }
  };

  // Defines a global made on first use (an interface few pages touch): reading it runs make() once and
  // leaves a plain property; assigning it first replaces it. Keeps a new page's start cheap.
  rt.lazyGlobal = function (name, make) {
    const g = globalThis;
    Object.defineProperty(g, name, {
      configurable: true,
      enumerable: false,
      get: function () {
        const value = make();
        Object.defineProperty(g, name, { value: value, writable: true, configurable: true, enumerable: false });
        return value;
      },
      set: function (v) { Object.defineProperty(g, name, { value: v, writable: true, configurable: true, enumerable: false }); }
    });
  };

  // Marks an optional platform feature the harness lacks: reading it gives undefined, as in an older
  // browser, so feature detection (`if (window.IntersectionObserver)`) takes the fallback; the read is
  // recorded. A page that assigns the name (a polyfill) gets a plain property.
  rt.absent = function (target, name, label) {
    Object.defineProperty(target, name, {
      configurable: true,
      enumerable: false,
      get: function () { rt.recordMissing(label || name); return undefined; },
      set: function (v) { Object.defineProperty(this, name, { value: v, writable: true, configurable: true, enumerable: true }); }
    });
  };
})();
