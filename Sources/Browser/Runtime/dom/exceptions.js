// DOM part 1: the shared namespace, DOMException and small helpers used by the other DOM files.
(() => {
  'use strict';
  const dom = __rt.dom = {};

  // Legacy numeric codes that browsers still expose on DOMException.
  const CODES = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
    SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, TimeoutError: 23,
    DataCloneError: 25,
  };

  class DOMException extends Error {
    constructor(message, name) {
      super(message === undefined ? '' : String(message));
      Object.defineProperty(this, 'name', { value: name === undefined ? 'Error' : String(name),
        writable: true, configurable: true });
    }
    get code() { return CODES[this.name] || 0; }
  }
  DOMException.SYNTAX_ERR = 12;
  DOMException.NOT_FOUND_ERR = 8;
  DOMException.HIERARCHY_REQUEST_ERR = 3;
  DOMException.INVALID_CHARACTER_ERR = 5;
  globalThis.DOMException = DOMException;

  dom.DOMException = DOMException;
  /** Throws a DOMException with the given name. */
  dom.fail = (name, message) => { throw new DOMException(message, name); };
  /** Reports an exception thrown by page callbacks without stopping the caller (as browsers do). */
  dom.report = (e) => {
    if (typeof __rt.reportException === 'function') __rt.reportException(e);
    else if (typeof console !== 'undefined') console.error(e);
  };
  dom.NS = ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML'];
  // The document that `new Text()` and similar constructors belong to.
  dom.defaultDoc = () => (typeof document !== 'undefined' ? document : null);
  // Defines getter (and optional setter) accessors on a prototype.
  dom.accessors = (proto, map) => {
    for (const key of Object.keys(map)) {
      const v = map[key];
      const d = typeof v === 'function' ? { get: v } : { get: v[0], set: v[1] };
      d.configurable = true;
      Object.defineProperty(proto, key, d);
    }
  };
  // Methods and getters that exist in browsers but not here: each fails loudly when used.
  dom.stubs = (proto, owner, methods, getters) => {
    for (const m of methods) proto[m] = function () { __rt.notImplemented(owner + '.' + m); };
    for (const g of getters || []) {
      Object.defineProperty(proto, g, { configurable: true, get() { __rt.notImplemented(owner + '.' + g); } });
    }
  };
})();
