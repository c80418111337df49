// The runtime's shared namespace. Every runtime file adds to __rt; page scripts never need it.
(function () {
  'use strict';
  const rt = (globalThis.__rt = {});

  // Anything the harness does not model must fail loudly, never return a silent undefined.
  rt.notImplemented = function (name) {
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

  // Defines a getter that throws "not implemented" for a platform API the harness leaves out.
  rt.unimplementedGetter = function (target, name, label) {
    Object.defineProperty(target, name, {
      configurable: true,
      enumerable: false,
      get: function () { return rt.notImplemented(label || name); },
      set: function (v) { Object.defineProperty(target, name, { value: v, writable: true, configurable: true }); }
    });
  };
})();
