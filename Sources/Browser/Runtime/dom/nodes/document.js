// DOM part 14: Document and the loader that builds a parsed page
// incrementally so that each script sees only what precedes it.
(() => {
  'use strict';
  const dom = __rt.dom;
  const { Node, NodeList, HTMLCollection, KEY } = dom;

  const NS_INDEX = { 'http://www.w3.org/1999/xhtml': 0, 'http://www.w3.org/2000/svg': 1, 'http://www.w3.org/1998/Math/MathML': 2 };
  const child = (parent, name) => (parent ? parent._kids.find((k) => k.nodeType === 1 && k._ns === 0 && k._name === name) || null : null);

  class Document extends Node {
    constructor() {
      super();
      this._doc = null;
      this._kids = [];
      this._readyState = 'loading';
      this._active = null;
      this._currentScript = null;
    }
    get nodeName() { return '#document'; }
    get ownerDocument() { return null; }
    get readyState() { return this._readyState; }
    get documentElement() { return this._kids.find((k) => k.nodeType === 1) || null; }
    get doctype() { return this._kids.find((k) => k.nodeType === 10) || null; }
    get head() { return child(this.documentElement, 'head'); }
    get body() { return child(this.documentElement, 'body') || child(this.documentElement, 'frameset'); }
    get title() {
      const t = this.querySelector('title');
      return t ? t.textContent.replace(/[ \t\n\f\r]+/g, ' ').trim() : '';
    }
    set title(v) {
      let t = this.querySelector('title');
      if (!t) {
        if (!this.head) return;
        t = this.head.appendChild(this.createElement('title'));
      }
      t.textContent = v;
    }
    get activeElement() { return this._active && this._active.isConnected ? this._active : this.body; }
    get currentScript() { return this._currentScript; }
    get characterSet() { return 'UTF-8'; }
    get contentType() { return 'text/html'; }
    get compatMode() { return this.doctype ? 'CSS1Compat' : 'BackCompat'; }
    get visibilityState() { return 'visible'; }
    get hidden() { return false; }
    get scripts() { return this.getElementsByTagName('script'); }
    get forms() { return this.getElementsByTagName('form'); }
    get images() { return this.getElementsByTagName('img'); }
    get links() {
      return this._links || (this._links = dom.liveList(HTMLCollection, () => dom.collect(this, (e) => (e._name === 'a' || e._name === 'area') && dom.getAttr(e, 'href') !== null)));
    }
    hasFocus() { return true; }
    createElement(name) {
      name = String(name);
      dom.checkName(name);
      return dom.createElement(this, name.toLowerCase(), 0);
    }
    createElementNS(ns, qname) {
      qname = String(qname);
      dom.checkName(qname);
      const colon = qname.indexOf(':');
      const prefix = colon < 0 ? null : qname.slice(0, colon);
      const local = colon < 0 ? qname : qname.slice(colon + 1);
      const index = ns === null || ns === undefined || ns === '' ? null : NS_INDEX[ns];
      if (prefix && index === null) dom.fail('NamespaceError', 'A prefixed name needs a namespace.');
      if (index === 0 && !prefix) return dom.createElement(this, local, 0);
      return dom.createElement(this, local, index === undefined ? String(ns) : index, null, prefix);
    }
    createTextNode(data) { return dom.newText(this, String(data)); }
    createComment(data) { return dom.newComment(this, String(data)); }
    createDocumentFragment() { return dom.newFragment(this); }
    createEvent(kind) { return dom.createEvent(kind); }
    createTreeWalker(root, whatToShow, filter) { return new dom.TreeWalker(KEY, root, whatToShow, filter); }
    createNodeIterator(root, whatToShow, filter) { return new dom.NodeIterator(KEY, root, whatToShow, filter); }
    importNode(node, deep) {
      if (node.nodeType === 9) dom.fail('NotSupportedError', 'A document cannot be imported.');
      const copy = node._clone(this);
      if (deep) dom.cloneChildren(node, copy);
      return copy;
    }
    adoptNode(node) {
      if (node.nodeType === 9) dom.fail('NotSupportedError', 'A document cannot be adopted.');
      if (node._parent) dom.remove(node);
      dom.adopt(node, this);
      return node;
    }
    getElementById(id) {
      id = String(id);
      let found = null;
      dom.each(this, (e) => dom.getAttr(e, 'id') === id && (found = e) !== null);
      return found;
    }
    getElementsByName(name) {
      name = String(name);
      return dom.liveList(NodeList, () => dom.collect(this, (e) => dom.getAttr(e, 'name') === name));
    }
    _clone() { return new Document(); }
  }
  Object.defineProperty(Document.prototype, 'nodeType', { value: 9 });
  dom.mix(Document, dom.ParentNode);
  Object.assign(Document.prototype, dom.queries);
  dom.stubs(Document.prototype, 'Document', ['write', 'writeln', 'open', 'close', 'execCommand',
    'elementFromPoint', 'elementsFromPoint', 'getSelection', 'exitFullscreen', 'createRange']);
  dom.eventHandlers(Document.prototype, ['click', 'load', 'error', 'input', 'change', 'submit', 'keydown',
    'keyup', 'readystatechange', 'visibilitychange']);

  /** Returns a new, empty document whose readyState is 'loading'. */
  dom.createDocument = () => new Document();

  /**
   * Builds a compact tree `[9, children]` into `doc` in document order. After each script element and its
   * text have been inserted, `onScript(script)` runs before anything that follows is inserted.
   */
  dom.load = (doc, tree, onScript) => {
    const build = (parent, list) => {
      for (const c of list) {
        if (c[0] !== 1) { dom.append(parent, dom.build(c, doc)); continue; }
        const el = dom.createElement(doc, c[1], c[4] || 0, c[2]);
        dom.append(parent, el);
        if (el._content) {
          for (const k of c[3]) dom.append(el._content, dom.build(k, doc));
          continue;
        }
        build(el, c[3]);
        if (c[1] === 'script') el._started = true;
        if (c[1] === 'script' && el._ns === 0 && onScript) {
          doc._currentScript = el;
          try { onScript(el); } finally { doc._currentScript = null; }
        }
      }
    };
    build(doc, tree[1]);
    return doc;
  };

  dom.Document = Document;
  globalThis.Document = Document;
})();
