// DOM part 5: Element and HTMLElement: attributes (a flat [name, value, ...] array), classList,
// dataset and the reflected properties that page scripts commonly read.
(() => {
  'use strict';
  const dom = __rt.dom;
  const { KEY, Node } = dom;
  const WS = /[ \t\n\f\r]+/;
  // An XML Name, roughly: what setAttribute and createElement accept.
  const NAME = /^[A-Za-z_:\u00B7-\uFFFF][\w.:\-\u00B7-\uFFFF]*$/;
  dom.checkName = (name) => {
    if (!NAME.test(name)) dom.fail('InvalidCharacterError', "'" + name + "' is not a valid name.");
  };

  const attrIndex = (el, name) => {
    const a = el._attrs;
    for (let i = 0; i < a.length; i += 2) if (a[i] === name) return i;
    return -1;
  };
  // Attribute names of HTML elements are case-insensitive (lower-cased).
  const attrName = (el, name) => (el._ns === 0 ? String(name).toLowerCase() : String(name));
  /** Sets an attribute without name checks and queues the mutation record. */
  dom.setAttr = (el, name, value) => {
    const i = attrIndex(el, name);
    const old = i < 0 ? null : el._attrs[i + 1];
    if (i < 0) el._attrs.push(name, value);
    else el._attrs[i + 1] = value;
    dom.attrVersion++;
    if (dom.moCount) dom.queueMutation('attributes', el, name, old);
  };
  dom.getAttr = (el, name) => {
    const i = attrIndex(el, name);
    return i < 0 ? null : el._attrs[i + 1];
  };
  // Namespaced attribute calls match on the local part of the stored name (namespaces are not kept).
  const nsIndex = (el, local) => {
    const a = el._attrs;
    for (let i = 0; i < a.length; i += 2) if (a[i] === local || a[i].endsWith(':' + local)) return i;
    return -1;
  };

  /** An attribute as seen through `element.attributes`; reads and writes go to the element. */
  class Attr {
    constructor(el, name) { this.ownerElement = el; this.name = name; }
    get localName() { return this.name.slice(this.name.indexOf(':') + 1); }
    get nodeName() { return this.name; }
    get value() { return dom.getAttr(this.ownerElement, this.name) || ''; }
    set value(v) { dom.setAttr(this.ownerElement, this.name, String(v)); }
    get nodeValue() { return this.value; }
    get textContent() { return this.value; }
  }
  Object.assign(Attr.prototype, { namespaceURI: null, prefix: null, specified: true, nodeType: 2 });
  /** The attributes of an element, as Attr objects (a snapshot taken when read). */
  class NamedNodeMap {
    constructor(key) { if (key !== KEY) throw new TypeError('Illegal constructor'); }
    get length() { return this[dom.ITEMS].length; }
    item(i) { return this[dom.ITEMS][i >>> 0] || null; }
    getNamedItem(name) { return this[dom.ITEMS].find((a) => a.name === attrName(a.ownerElement, name)) || null; }
    [Symbol.iterator]() { return this[dom.ITEMS].slice().values(); }
  }

  /** The live token set of an attribute (classList): an array kept in sync with the attribute text. */
  class DOMTokenList extends Array {
    static get [Symbol.species]() { return Array; }
    _init(el, attr) { this._el = el; this._attr = attr; this._v = ''; return this; }
    _sync() {
      const v = dom.getAttr(this._el, this._attr) || '';
      if (v === this._v) return this;
      this._v = v;
      this.length = 0;
      for (const t of v.split(WS)) if (t && !this.includes(t)) this.push(t);
      return this;
    }
    _write(tokens) {
      if (dom.getAttr(this._el, this._attr) === null && tokens.length === 0) return;
      dom.setAttr(this._el, this._attr, tokens.join(' '));
      this._sync();
    }
    item(i) { return this._sync()[i] || null; }
    contains(t) { return this._sync().includes(String(t)); }
    add(...tokens) {
      const list = this._sync().slice();
      for (const t of tokens.map(check)) if (!list.includes(t)) list.push(t);
      this._write(list);
    }
    remove(...tokens) {
      tokens = tokens.map(check);
      this._write(this._sync().filter((t) => !tokens.includes(t)));
    }
    toggle(token, force) {
      const t = check(token);
      const has = this.contains(t);
      if (has && force !== true) { this.remove(t); return false; }
      if (!has && force !== false) { this.add(t); return true; }
      return has;
    }
    replace(oldToken, newToken) {
      const a = check(oldToken);
      const b = check(newToken);
      const list = this._sync().slice();
      const i = list.indexOf(a);
      if (i < 0) return false;
      list[i] = b;
      this._write(list.filter((t, j) => t !== b || j === list.indexOf(b)));
      return true;
    }
    supports() { throw new TypeError('DOMTokenList has no supported tokens.'); }
    get value() { return dom.getAttr(this._el, this._attr) || ''; }
    set value(v) { dom.setAttr(this._el, this._attr, String(v)); this._sync(); }
    toString() { return this.value; }
  }
  const check = (t) => {
    t = String(t);
    if (t === '') dom.fail('SyntaxError', 'The token provided must not be empty.');
    if (WS.test(t)) dom.fail('InvalidCharacterError', "The token provided ('" + t + "') contains HTML space characters.");
    return t;
  };

  // dataset: `fooBar` <-> `data-foo-bar`.
  const toAttr = (key) => {
    if (/-[a-z]/.test(key)) dom.fail('SyntaxError', "'" + key + "' is not a valid dataset property name.");
    return 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
  };
  const toKey = (name) => name.slice(5).replace(/-([a-z])/g, (m, c) => c.toUpperCase());
  const datasetHandler = (el) => ({
    get: (t, k) => (typeof k === 'string' ? (dom.getAttr(el, toAttr(k)) ?? undefined) : undefined),
    set: (t, k, v) => { el.setAttribute(toAttr(String(k)), v); return true; },
    has: (t, k) => typeof k === 'string' && dom.getAttr(el, toAttr(k)) !== null,
    deleteProperty: (t, k) => { el.removeAttribute(toAttr(String(k))); return true; },
    ownKeys: () => el.getAttributeNames().filter((n) => n.startsWith('data-')).map(toKey),
    getOwnPropertyDescriptor: (t, k) => {
      const v = typeof k === 'string' ? dom.getAttr(el, toAttr(k)) : null;
      return v === null ? undefined : { value: v, writable: true, enumerable: true, configurable: true };
    },
  });

  class Element extends Node {
    constructor(key, doc, name, ns, prefix) {
      super();
      if (key !== KEY) throw new TypeError('Illegal constructor');
      this._doc = doc;
      this._name = name;
      this._ns = ns;
      this._prefix = prefix || null;
      this._attrs = [];
      this._kids = [];
    }
    getAttribute(name) { return dom.getAttr(this, attrName(this, name)); }
    setAttribute(name, value) {
      name = attrName(this, name);
      dom.checkName(name);
      dom.setAttr(this, name, String(value));
    }
    removeAttribute(name) {
      name = attrName(this, name);
      const i = attrIndex(this, name);
      if (i < 0) return;
      const old = this._attrs[i + 1];
      this._attrs.splice(i, 2);
      dom.attrVersion++;
      if (dom.moCount) dom.queueMutation('attributes', this, name, old);
    }
    hasAttribute(name) { return attrIndex(this, attrName(this, name)) >= 0; }
    hasAttributes() { return this._attrs.length > 0; }
    toggleAttribute(name, force) {
      const has = this.hasAttribute(name);
      if (has && force !== true) { this.removeAttribute(name); return false; }
      if (!has && force !== false) { this.setAttribute(name, ''); return true; }
      return has;
    }
    getAttributeNames() { return this._attrs.filter((v, i) => i % 2 === 0); }
    getAttributeNS(ns, local) { const i = nsIndex(this, local); return i < 0 ? null : this._attrs[i + 1]; }
    setAttributeNS(ns, qname, value) { dom.checkName(qname); dom.setAttr(this, String(qname), String(value)); }
    removeAttributeNS(ns, local) { const i = nsIndex(this, local); if (i >= 0) this.removeAttribute(this._attrs[i]); }
    hasAttributeNS(ns, local) { return nsIndex(this, local) >= 0; }
    get attributes() {
      const list = [];
      for (let i = 0; i < this._attrs.length; i += 2) list.push(new Attr(this, this._attrs[i]));
      return dom.staticList(NamedNodeMap, list);
    }
    get classList() {
      return (this._cl || (this._cl = new DOMTokenList()._init(this, 'class')))._sync();
    }
    set classList(v) { this.setAttribute('class', v); }
    get dataset() { return this._ds || (this._ds = new Proxy({}, datasetHandler(this))); }
    get localName() { return this._name; }
    get prefix() { return this._prefix; }
    get namespaceURI() { return typeof this._ns === 'number' ? dom.NS[this._ns] : this._ns; }
    get tagName() {
      const q = this._prefix ? this._prefix + ':' + this._name : this._name;
      return this._ns === 0 ? q.toUpperCase() : q;
    }
    get nodeName() { return this.tagName; }
    get innerText() { return dom.textOf(this); }
    set innerText(v) { this.textContent = v; }
    get content() { return this._content || (this._name === 'meta' ? dom.getAttr(this, 'content') || '' : undefined); }
    // Focus is tracked only as document.activeElement; there is no layout.
    focus() { if (this._doc) this._doc._active = this; }
    blur() { if (this._doc && this._doc._active === this) this._doc._active = null; }
    click() { this.dispatchEvent(new dom.Event('click', { bubbles: true, cancelable: true, composed: true })); }
    _clone(doc) {
      const el = dom.createElement(doc, this._name, this._ns, this._attrs.slice(), this._prefix);
      if (this._value !== undefined) el._value = this._value;
      if (this._checked !== undefined) el._checked = this._checked;
      return el;
    }
  }
  Object.defineProperty(Element.prototype, 'nodeType', { value: 1 });
  dom.mix(Element, dom.ChildNode, dom.ParentNode, dom.ElementSiblings);
  dom.stubs(Element.prototype, 'Element',
    ['attachShadow', 'animate', 'requestFullscreen', 'requestPointerLock', 'setPointerCapture', 'computedStyleMap']);
  // Geometry (getBoundingClientRect, offsetWidth, ...) is in cssom-view/geometry.js: all zeros, no layout.

  class HTMLElement extends Element {}

  // Attribute reflection: strings, booleans and URLs (resolved against the document URL).
  const reflect = (proto, names, kind) => {
    for (const prop of names) {
      const attr = prop === 'className' ? 'class' : prop === 'htmlFor' ? 'for' : prop.toLowerCase();
      let get;
      if (kind === 'bool') get = function () { return dom.getAttr(this, attr) !== null; };
      else if (kind === 'url') get = function () { return dom.resolveURL(this._doc, dom.getAttr(this, attr)); };
      else get = function () { return dom.getAttr(this, attr) || ''; };
      const set = kind === 'bool'
        ? function (v) { if (v) dom.setAttr(this, attr, ''); else this.removeAttribute(attr); }
        : function (v) { dom.setAttr(this, attr, String(v)); };
      Object.defineProperty(proto, prop, { get, set, configurable: true });
    }
  };
  dom.resolveURL = (doc, v) => {
    if (v === null) return '';
    if (typeof URL !== 'function') return v;
    try { return new URL(v, (doc && doc.baseURI) || undefined).href; } catch (e) { return v; }
  };
  reflect(Element.prototype, ['id', 'className', 'slot']);
  reflect(HTMLElement.prototype, ['title', 'lang', 'dir', 'name', 'type', 'rel', 'target', 'alt', 'placeholder',
    'htmlFor', 'charset', 'media', 'method', 'accessKey', 'download', 'referrerPolicy', 'crossOrigin']);
  reflect(HTMLElement.prototype, ['hidden', 'disabled', 'async', 'defer', 'required', 'readOnly', 'multiple',
    'autofocus', 'noModule', 'open'], 'bool');
  reflect(HTMLElement.prototype, ['href', 'src', 'action', 'cite'], 'url');
  dom.accessors(HTMLElement.prototype, {
    // Form state: the property starts from the attribute and then lives on the element.
    value: [function () {
      if (this._value !== undefined) return this._value;
      return this._name === 'textarea' ? this.textContent : (dom.getAttr(this, 'value') || '');
    }, function (v) { this._value = v === null ? '' : String(v); }],
    defaultValue: [function () { return dom.getAttr(this, 'value') || ''; }, function (v) { dom.setAttr(this, 'value', String(v)); }],
    checked: [function () { return this._checked !== undefined ? this._checked : dom.getAttr(this, 'checked') !== null; },
      function (v) { this._checked = !!v; }],
    selected: [function () { return this._checked !== undefined ? this._checked : dom.getAttr(this, 'selected') !== null; },
      function (v) { this._checked = !!v; }],
    text: [function () { return this.textContent; }, function (v) { this.textContent = v; }],
  });
  dom.eventHandlers(HTMLElement.prototype, ['click', 'load', 'error', 'input', 'change', 'submit', 'focus',
    'blur', 'keydown', 'keyup', 'mouseover', 'mouseout']);

  // dom.createElement, which picks each tag's interface, is in html/elements.js.
  Object.assign(dom, { Element, HTMLElement, DOMTokenList });
  Object.assign(globalThis, { Element, HTMLElement, DOMTokenList, Attr, NamedNodeMap });
})();
