// localStorage and sessionStorage, kept by the harness per origin (and per tab for session storage).
(function () {
  'use strict';
  const rt = __rt;
  const g = globalThis;
  const kinds = new WeakMap();

  function quotaError(e) {
    if (e && e.name === 'QuotaExceededError') {
      return new DOMException("Failed to execute 'setItem' on 'Storage': " + e.message, 'QuotaExceededError');
    }
    return e;
  }

  class Storage {
    get length() { return __host.storageLength(kinds.get(this)); }
    key(index) { return __host.storageKey(kinds.get(this), Number(index) >>> 0); }
    getItem(key) { return __host.storageGet(kinds.get(this), String(key)); }
    setItem(key, value) {
      if (arguments.length < 2) throw new TypeError("Failed to execute 'setItem' on 'Storage': 2 arguments required, but only " + arguments.length + ' present.');
      try { __host.storageSet(kinds.get(this), String(key), String(value)); } catch (e) { throw quotaError(e); }
    }
    removeItem(key) { __host.storageRemove(kinds.get(this), String(key)); }
    clear() { __host.storageClear(kinds.get(this)); }
  }
  g.Storage = Storage;

  // Named properties (storage.foo = 'x') behave as items, as in browsers.
  function make(kind) {
    const target = new Storage();
    kinds.set(target, kind);
    return new Proxy(target, {
      get: function (t, name) {
        if (typeof name === 'symbol' || name in t) {
          const v = t[name];
          return typeof v === 'function' ? v.bind(t) : v;
        }
        const item = t.getItem(name);
        return item === null ? undefined : item;
      },
      set: function (t, name, value) {
        if (typeof name === 'symbol') { t[name] = value; return true; }
        t.setItem(name, value);
        return true;
      },
      has: function (t, name) { return name in t || (typeof name === 'string' && t.getItem(name) !== null); },
      deleteProperty: function (t, name) { t.removeItem(name); return true; },
      ownKeys: function () { return __host.storageKeys(kind); },
      getOwnPropertyDescriptor: function (t, name) {
        const item = typeof name === 'string' ? t.getItem(name) : null;
        return item === null ? undefined : { value: item, writable: true, enumerable: true, configurable: true };
      }
    });
  }
  const local = make('local');
  const session = make('session');
  Object.defineProperty(g, 'localStorage', { configurable: true, enumerable: true, get: function () { return local; } });
  Object.defineProperty(g, 'sessionStorage', { configurable: true, enumerable: true, get: function () { return session; } });
})();
