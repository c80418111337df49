// DOM part 13: TreeWalker, NodeIterator and the NodeFilter constants.
(() => {
  'use strict';
  const dom = __rt.dom;
  const { Node, KEY } = dom;

  const NodeFilter = {
    FILTER_ACCEPT: 1, FILTER_REJECT: 2, FILTER_SKIP: 3,
    SHOW_ALL: 0xFFFFFFFF, SHOW_ELEMENT: 0x1, SHOW_ATTRIBUTE: 0x2, SHOW_TEXT: 0x4, SHOW_CDATA_SECTION: 0x8,
    SHOW_ENTITY_REFERENCE: 0x10, SHOW_ENTITY: 0x20, SHOW_PROCESSING_INSTRUCTION: 0x40, SHOW_COMMENT: 0x80,
    SHOW_DOCUMENT: 0x100, SHOW_DOCUMENT_TYPE: 0x200, SHOW_DOCUMENT_FRAGMENT: 0x400, SHOW_NOTATION: 0x800,
  };

  /** Shared state of TreeWalker and NodeIterator: root, whatToShow and the filter test. */
  class Traversal {
    constructor(key, root, whatToShow, filter) {
      if (key !== KEY) throw new TypeError('Illegal constructor');
      if (!(root instanceof Node)) throw new TypeError("parameter 1 is not of type 'Node'.");
      this.root = root;
      this.whatToShow = whatToShow === undefined ? 0xFFFFFFFF : whatToShow >>> 0;
      this.filter = filter === undefined ? null : filter;
      this._active = false;
    }
    _accept(node) {
      if (!((1 << (node.nodeType - 1)) & this.whatToShow)) return 3;
      const f = this.filter;
      if (!f) return 1;
      if (this._active) dom.fail('InvalidStateError', 'The filter is already running.');
      this._active = true;
      try {
        return Number(typeof f === 'function' ? f(node) : f.acceptNode(node));
      } finally {
        this._active = false;
      }
    }
  }
  // The node after `node` in tree order, staying inside root (null at the end).
  const following = (node, root) => {
    if (node._kids && node._kids.length) return node._kids[0];
    for (let n = node; n && n !== root; n = n._parent) {
      const next = n.nextSibling;
      if (next) return next;
    }
    return null;
  };
  const preceding = (node, root) => {
    if (node === root) return null;
    let prev = node.previousSibling;
    if (!prev) return node._parent;
    while (prev._kids && prev._kids.length) prev = prev._kids[prev._kids.length - 1];
    return prev;
  };

  /** TreeWalker as in the DOM standard; filter results are FILTER_ACCEPT, FILTER_REJECT, FILTER_SKIP. */
  class TreeWalker extends Traversal {
    constructor(key, root, whatToShow, filter) {
      super(key, root, whatToShow, filter);
      this.currentNode = root;
    }
    parentNode() {
      for (let n = this.currentNode; n && n !== this.root;) {
        n = n._parent;
        if (n && this._accept(n) === 1) return (this.currentNode = n);
      }
      return null;
    }
    firstChild() { return this._child(true); }
    lastChild() { return this._child(false); }
    _child(first) {
      const kids = (n) => n._kids || [];
      let node = first ? kids(this.currentNode)[0] : kids(this.currentNode)[kids(this.currentNode).length - 1];
      while (node) {
        const r = this._accept(node);
        if (r === 1) return (this.currentNode = node);
        if (r === 3 && node._kids && node._kids.length) {
          node = first ? node._kids[0] : node._kids[node._kids.length - 1];
          continue;
        }
        while (node) {
          const sib = first ? node.nextSibling : node.previousSibling;
          if (sib) { node = sib; break; }
          const parent = node._parent;
          if (!parent || parent === this.root || parent === this.currentNode) return null;
          node = parent;
        }
      }
      return null;
    }
    nextSibling() { return this._sibling(true); }
    previousSibling() { return this._sibling(false); }
    _sibling(next) {
      let node = this.currentNode;
      if (node === this.root) return null;
      for (;;) {
        let sib = next ? node.nextSibling : node.previousSibling;
        while (sib) {
          node = sib;
          const r = this._accept(node);
          if (r === 1) return (this.currentNode = node);
          sib = next ? node.firstChild : node.lastChild;
          if (r === 2 || !sib) sib = next ? node.nextSibling : node.previousSibling;
        }
        node = node._parent;
        if (!node || node === this.root) return null;
        if (this._accept(node) === 1) return null;
      }
    }
    previousNode() {
      let node = this.currentNode;
      while (node !== this.root) {
        let sib = node.previousSibling;
        while (sib) {
          node = sib;
          let r = this._accept(node);
          while (r !== 2 && node._kids && node._kids.length) {
            node = node._kids[node._kids.length - 1];
            r = this._accept(node);
          }
          if (r === 1) return (this.currentNode = node);
          sib = node.previousSibling;
        }
        if (node === this.root || !node._parent) return null;
        node = node._parent;
        if (this._accept(node) === 1) return (this.currentNode = node);
      }
      return null;
    }
    nextNode() {
      let node = this.currentNode;
      let r = 1;
      for (;;) {
        while (r !== 2 && node._kids && node._kids.length) {
          node = node._kids[0];
          r = this._accept(node);
          if (r === 1) return (this.currentNode = node);
        }
        let next = null;
        for (let n = node; n && n !== this.root; n = n._parent) {
          if (n.nextSibling) { next = n.nextSibling; break; }
        }
        if (!next) return null;
        node = next;
        r = this._accept(node);
        if (r === 1) return (this.currentNode = node);
      }
    }
  }

  /** NodeIterator over the subtree of root in tree order (no adjustment when nodes are removed). */
  class NodeIterator extends Traversal {
    constructor(key, root, whatToShow, filter) {
      super(key, root, whatToShow, filter);
      this.referenceNode = root;
      this.pointerBeforeReferenceNode = true;
    }
    nextNode() { return this._traverse(true); }
    previousNode() { return this._traverse(false); }
    _traverse(forward) {
      let node = this.referenceNode;
      let before = this.pointerBeforeReferenceNode;
      for (;;) {
        if (forward) {
          if (!before) node = following(node, this.root);
          before = false;
        } else {
          if (before) node = preceding(node, this.root);
          before = true;
        }
        if (!node) return null;
        if (this._accept(node) === 1) break;
      }
      this.referenceNode = node;
      this.pointerBeforeReferenceNode = before;
      return node;
    }
    detach() {}
  }

  dom.TreeWalker = TreeWalker;
  dom.NodeIterator = NodeIterator;
  Object.assign(globalThis, { NodeFilter, TreeWalker, NodeIterator });
})();
