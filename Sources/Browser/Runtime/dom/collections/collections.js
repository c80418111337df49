// NodeList and HTMLCollection as their own types (not Arrays), after the DOM Standard.
//
// A list reads its nodes from an array behind the `ITEMS` symbol. A static list (querySelectorAll) copies
// its nodes into own index properties once. A live list (childNodes, children, getElementsByTagName) is a
// Proxy whose index reads go to the current array: childNodes shares the parent's `_kids` array itself;
// the others recompute when the tree or an attribute changed (`dom.version`, `dom.attrVersion`).
(() => {
  'use strict';
  const dom = __rt.dom;
  const KEY = dom.KEY = Symbol('dom-internal');
  const ITEMS = dom.ITEMS = Symbol('items');
  const INDEX = /^(0|[1-9]\d*)$/;

  /** The shared methods of both list types. */
  class NodeList {
    constructor(key) { if (key !== KEY) throw new TypeError('Illegal constructor'); }
    get length() { return this[ITEMS].length; }
    item(i) { return this[ITEMS][i >>> 0] || null; }
    forEach(fn, thisArg) {
      const items = this[ITEMS];
      for (let i = 0; i < items.length; i++) fn.call(thisArg, items[i], i, this);
    }
    keys() { return this[ITEMS].slice().keys(); }
    values() { return this[ITEMS].slice().values(); }
    entries() { return this[ITEMS].slice().entries(); }
    [Symbol.iterator]() { return this[ITEMS].slice().values(); }
  }
  class HTMLCollection {
    constructor(key) { if (key !== KEY) throw new TypeError('Illegal constructor'); }
    get length() { return this[ITEMS].length; }
    item(i) { return this[ITEMS][i >>> 0] || null; }
    namedItem(name) {
      name = String(name);
      if (name === '') return null;
      return this[ITEMS].find((e) => e.id === name || (e._ns === 0 && dom.getAttr(e, 'name') === name)) || null;
    }
    [Symbol.iterator]() { return this[ITEMS].slice().values(); }
  }

  const liveHandler = {
    get(t, k, receiver) {
      if (typeof k === 'string' && INDEX.test(k)) return t[ITEMS][k];
      return Reflect.get(t, k, receiver);
    },
    has(t, k) { return typeof k === 'string' && INDEX.test(k) ? +k < t[ITEMS].length : k in t; },
    set(t, k, v) {
      if (typeof k === 'string' && INDEX.test(k)) return true;
      t[k] = v;
      return true;
    },
    ownKeys(t) { return Object.keys(t[ITEMS]).concat(Reflect.ownKeys(t)); },
    getOwnPropertyDescriptor(t, k) {
      if (typeof k === 'string' && INDEX.test(k)) {
        const items = t[ITEMS];
        return +k < items.length ? { value: items[k], writable: false, enumerable: true, configurable: true } : undefined;
      }
      return Reflect.getOwnPropertyDescriptor(t, k);
    },
  };

  /** A static list of the given class holding `items` (which it keeps). */
  dom.staticList = (Type, items) => {
    const list = Object.create(Type.prototype);
    list[ITEMS] = items;
    for (let i = 0; i < items.length; i++) list[i] = items[i];
    return list;
  };
  /** A live NodeList over an array that its owner keeps current (childNodes over `_kids`). */
  dom.liveArrayList = (items) => {
    const t = Object.create(NodeList.prototype);
    t[ITEMS] = items;
    return new Proxy(t, liveHandler);
  };
  /** A live list of the given class whose nodes `compute()` returns, recomputed after any change. */
  dom.liveList = (Type, compute) => {
    const t = Object.create(Type.prototype);
    let tree = -1;
    let attrs = -1;
    let cache = null;
    Object.defineProperty(t, ITEMS, {
      get() {
        if (tree !== dom.version || attrs !== dom.attrVersion) {
          cache = compute();
          tree = dom.version;
          attrs = dom.attrVersion;
        }
        return cache;
      },
    });
    return new Proxy(t, liveHandler);
  };
  dom.attrVersion = 0;

  Object.assign(dom, { NodeList, HTMLCollection });
  Object.assign(globalThis, { NodeList, HTMLCollection });
})();
