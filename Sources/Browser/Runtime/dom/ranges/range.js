// Range basics, after the DOM Standard: boundary points, selecting, collapsing, comparing, cloning and
// deleting contents, and createContextualFragment. Ranges are not updated when the tree changes later.
(() => {
  'use strict';
  const dom = __rt.dom;
  const g = globalThis;
  const len = (n) => (n.nodeType === 3 || n.nodeType === 8 ? n._data.length : n._kids ? n._kids.length : 0);

  class AbstractRange {
    get startContainer() { return this._sc; }
    get startOffset() { return this._so; }
    get endContainer() { return this._ec; }
    get endOffset() { return this._eo; }
    get collapsed() { return this._sc === this._ec && this._so === this._eo; }
  }
  class Range extends AbstractRange {
    constructor() {
      super();
      const doc = dom.defaultDoc();
      this._sc = this._ec = doc;
      this._so = this._eo = 0;
    }
    get commonAncestorContainer() {
      for (let a = this._sc; a; a = a._parent) if (a.contains(this._ec)) return a;
      return null;
    }
    _check(node, offset) {
      if (node.nodeType === 10) dom.fail('InvalidNodeTypeError', 'The node provided is a doctype.');
      if (offset > len(node)) dom.fail('IndexSizeError', 'The offset ' + offset + ' is larger than the node\'s length.');
    }
    setStart(node, offset) {
      this._check(node, offset);
      this._sc = node; this._so = offset >>> 0;
      if (this._sc.getRootNode() !== this._ec.getRootNode() || this._after()) { this._ec = node; this._eo = this._so; }
    }
    setEnd(node, offset) {
      this._check(node, offset);
      this._ec = node; this._eo = offset >>> 0;
      if (this._sc.getRootNode() !== this._ec.getRootNode() || this._after()) { this._sc = node; this._so = this._eo; }
    }
    // Whether the start lies after the end.
    _after() {
      if (this._sc === this._ec) return this._so > this._eo;
      const pos = this._sc.compareDocumentPosition(this._ec);
      return (pos & 2) !== 0 && (pos & 8) === 0;
    }
    _parentOf(node) {
      if (!node._parent) dom.fail('InvalidNodeTypeError', 'The node has no parent.');
      return node._parent;
    }
    setStartBefore(node) { this.setStart(this._parentOf(node), node._i); }
    setStartAfter(node) { this.setStart(this._parentOf(node), node._i + 1); }
    setEndBefore(node) { this.setEnd(this._parentOf(node), node._i); }
    setEndAfter(node) { this.setEnd(this._parentOf(node), node._i + 1); }
    selectNode(node) { const p = this._parentOf(node); this.setStart(p, node._i); this.setEnd(p, node._i + 1); }
    selectNodeContents(node) { this._sc = this._ec = node; this._so = 0; this._eo = len(node); }
    collapse(toStart) {
      if (toStart) { this._ec = this._sc; this._eo = this._so; } else { this._sc = this._ec; this._so = this._eo; }
    }
    cloneRange() {
      const r = new Range();
      Object.assign(r, { _sc: this._sc, _so: this._so, _ec: this._ec, _eo: this._eo });
      return r;
    }
    // The children of the common ancestor wholly or partly inside the range (element-level precision).
    _nodes() {
      if (this._sc === this._ec && this._sc._kids) return this._sc._kids.slice(this._so, this._eo);
      return null;
    }
    cloneContents() {
      const frag = dom.newFragment(this._sc._doc || this._sc);
      const nodes = this._nodes();
      if (!nodes) return __rt.notImplemented('Range.cloneContents across containers');
      for (const n of nodes) dom.append(frag, n.cloneNode(true));
      return frag;
    }
    deleteContents() {
      const nodes = this._nodes();
      if (!nodes) return __rt.notImplemented('Range.deleteContents across containers');
      for (const n of nodes) dom.remove(n);
      this._eo = this._so;
    }
    extractContents() {
      const frag = dom.newFragment(this._sc._doc || this._sc);
      const nodes = this._nodes();
      if (!nodes) return __rt.notImplemented('Range.extractContents across containers');
      for (const n of nodes) dom.append(frag, n);
      this._eo = this._so;
      return frag;
    }
    insertNode(node) {
      if (this._sc.nodeType === 3) return __rt.notImplemented('Range.insertNode inside text');
      dom.preInsert(this._sc, node, this._sc._kids[this._so] || null);
    }
    createContextualFragment(html) {
      let context = this._sc.nodeType === 1 ? this._sc : this._sc._parent;
      if (!context || context.nodeType !== 1) context = (this._sc._doc || this._sc).createElement('body');
      return dom.parseFragment(html, context);
    }
    toString() {
      if (this._sc === this._ec && this._sc.nodeType === 3) return this._sc._data.slice(this._so, this._eo);
      const nodes = this._nodes();
      return nodes ? nodes.map((n) => n.textContent || '').join('') : '';
    }
    getBoundingClientRect() { return new dom.DOMRect(0, 0, 0, 0); }
    getClientRects() { return Object.create(g.DOMRectList.prototype); }
    detach() {}
  }
  Object.assign(Range, { START_TO_START: 0, START_TO_END: 1, END_TO_END: 2, END_TO_START: 3 });
  class StaticRange extends AbstractRange {
    constructor(init) {
      super();
      Object.assign(this, { _sc: init.startContainer, _so: init.startOffset, _ec: init.endContainer, _eo: init.endOffset });
    }
  }
  dom.Document.prototype.createRange = function () {
    const r = new Range();
    r._sc = r._ec = this;
    return r;
  };
  Object.assign(g, { AbstractRange, Range, StaticRange });
})();
