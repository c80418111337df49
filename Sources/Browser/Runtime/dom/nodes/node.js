// DOM part 3: Node and the tree itself. Children live in an array on the parent (`_kids`, which is also
// the live `childNodes` list) and every child knows its index (`_i`), so sibling access is O(1).
(() => {
  'use strict';
  const dom = __rt.dom;
  const { KEY, NodeList, HTMLCollection } = dom;
  const NO_KIDS = [];

  const kindOf = (n) => n.nodeType;
  const docOf = (parent) => (kindOf(parent) === 9 ? parent : parent._doc);
  // Iterative: a subtree moved between documents may be deeper than the JavaScript stack.
  const adopt = (node, doc) => {
    const stack = [node];
    while (stack.length) {
      const n = stack.pop();
      n._doc = doc;
      if (n._content) stack.push(n._content);
      if (n._kids) for (const c of n._kids) stack.push(c);
    }
  };
  const renumber = (kids, from) => { for (let i = from; i < kids.length; i++) kids[i]._i = i; };
  const queueChildList = (parent, added, removed, prev, next) => {
    if (dom.moCount) dom.queueMutation('childList', parent, null, null, added, removed, prev, next);
  };

  /** Appends without checks; used by the parser and by cloning. */
  dom.append = (parent, node) => {
    node._parent = parent;
    node._i = parent._kids.push(node) - 1;
    if (node._doc !== docOf(parent)) adopt(node, docOf(parent));
    dom.version++;
    if (dom.moCount) queueChildList(parent, [node], [], parent._kids[node._i - 1] || null, null);
  };

  /** Removes a node from its parent; `silent` skips the mutation record. */
  dom.remove = (node, silent) => {
    const parent = node._parent;
    const kids = parent._kids;
    const i = node._i;
    kids.splice(i, 1);
    renumber(kids, i);
    node._parent = null;
    node._i = 0;
    dom.version++;
    if (!silent) queueChildList(parent, [], [node], kids[i - 1] || null, kids[i] || null);
  };

  /** Inserts node (or a fragment's children) before child (null appends); returns the inserted nodes. */
  dom.insert = (parent, node, child, silent) => {
    let nodes;
    if (kindOf(node) === 11) {
      nodes = node._kids.slice();
      for (const n of nodes) n._parent = null;
      node._kids.length = 0;
    } else {
      if (node._parent) dom.remove(node);
      nodes = [node];
    }
    if (nodes.length === 0) return nodes;
    const kids = parent._kids;
    const at = child ? child._i : kids.length;
    kids.splice(at, 0, ...nodes);
    renumber(kids, at);
    const doc = docOf(parent);
    for (const n of nodes) {
      n._parent = parent;
      if (n._doc !== doc) adopt(n, doc);
    }
    dom.version++;
    if (!silent) queueChildList(parent, nodes, [], kids[at - 1] || null, child);
    // Only a script, or an element that may hold one, needs the (walk up) connected test.
    if (dom.runInsertedScript && doc === dom.scriptingDoc && nodes.some(mayHoldScript) && parent.isConnected) {
      for (const n of nodes) if (kindOf(n) === 1) runScriptsIn(n);
    }
    return nodes;
  };

  const mayHoldScript = (n) => kindOf(n) === 1 && (n._name === 'script' || n._kids.length > 0);

  // A script element that becomes connected to the page's document runs (once), as in browsers.
  const runScriptsIn = (el) => {
    if (el._name === 'script' && el._ns === 0) {
      if (!el._started && el.isConnected) { el._started = true; dom.runInsertedScript(el); }
      return;
    }
    for (const c of el._kids) if (kindOf(c) === 1 && c._parent === el) runScriptsIn(c);
  };

  /** Replaces all children of parent with node (or nothing), as one mutation record. */
  dom.replaceAll = (parent, node) => {
    const removed = parent._kids.slice();
    for (const n of removed) { n._parent = null; n._i = 0; }
    parent._kids.length = 0;
    dom.version++;
    const added = node ? dom.insert(parent, node, null, true) : [];
    if (added.length || removed.length) queueChildList(parent, added, removed, null, null);
  };

  // The checks of "ensure pre-insertion validity".
  const validate = (parent, node, child) => {
    if (!(node instanceof Node)) throw new TypeError('parameter 1 is not a Node');
    const pt = kindOf(parent);
    const nt = kindOf(node);
    if (pt !== 1 && pt !== 9 && pt !== 11) dom.fail('HierarchyRequestError', 'This node type does not support children.');
    // Only the parent itself or a node with children can contain the parent: a new leaf costs no walk up.
    if (node === parent || (node._kids && node._kids.length)) {
      for (let a = parent; a; a = a._parent) {
        if (a === node) dom.fail('HierarchyRequestError', 'The new child element contains the parent.');
      }
    }
    if (child && child._parent !== parent) dom.fail('NotFoundError', 'The node before which the new node is to be inserted is not a child of this node.');
    if (nt === 9 || (nt === 10 && pt !== 9) || (nt === 3 && pt === 9) || nt === undefined) {
      dom.fail('HierarchyRequestError', 'Nodes of this type cannot be inserted here.');
    }
    if (pt === 9 && (nt === 1 || nt === 10)) {
      if (parent._kids.some((k) => k !== child && kindOf(k) === nt)) {
        dom.fail('HierarchyRequestError', 'Only one element and one doctype are allowed in a document.');
      }
    }
  };
  const preInsert = (parent, node, child) => {
    validate(parent, node, child);
    if (child === node) child = node.nextSibling;
    dom.insert(parent, node, child);
    return node;
  };
  dom.preInsert = preInsert;

  // Turns the arguments of append/before/... into one node; strings become Text nodes.
  const convert = (doc, args) => {
    const nodes = Array.prototype.map.call(args, (a) => (a instanceof Node ? a : dom.newText(doc, String(a))));
    if (nodes.length === 1) return nodes[0];
    const frag = dom.newFragment(doc);
    for (const n of nodes) preInsert(frag, n, null);
    return frag;
  };

  /**
   * Calls fn on each node below root in tree order, going down into elements, until fn returns true;
   * returns whether it did. A loop with its own stack, not recursion: a script can build a tree deeper
   * than the JavaScript stack.
   */
  const walk = (root, fn) => {
    const stack = [root._kids, 0];
    while (stack.length) {
      const top = stack.length - 1;
      const kids = stack[top - 1];
      const i = stack[top];
      if (i >= kids.length) { stack.length -= 2; continue; }
      stack[top] = i + 1;
      const c = kids[i];
      if (fn(c)) return true;
      if (kindOf(c) === 1 && c._kids.length > 0) stack.push(c._kids, 0);
    }
    return false;
  };
  dom.textOf = (n) => {
    const out = [];
    walk(n, (c) => { if (kindOf(c) === 3) out.push(c._data); return false; });
    return out.join('');
  };

  /** Calls fn on each element below root in tree order until fn returns true; returns whether it did. */
  dom.each = (root, fn) => walk(root, (c) => kindOf(c) === 1 && fn(c));

  /** The elements below root, in tree order, for which test(element) is true. */
  dom.collect = (root, test) => {
    const out = [];
    dom.each(root, (e) => { if (test(e)) out.push(e); return false; });
    return out;
  };

  class Node extends dom.EventTarget {
    constructor() {
      super();
      if (new.target === Node) throw new TypeError('Illegal constructor');
      this._parent = null;
      this._i = 0;
      this._doc = dom.defaultDoc();
    }
    hasChildNodes() { return !!(this._kids && this._kids.length); }
    appendChild(node) { return preInsert(this, node, null); }
    insertBefore(node, child) { return preInsert(this, node, child || null); }
    removeChild(child) {
      if (!(child instanceof Node) || child._parent !== this) dom.fail('NotFoundError', 'The node to be removed is not a child of this node.');
      dom.remove(child);
      return child;
    }
    replaceChild(node, child) {
      if (!(child instanceof Node) || child._parent !== this) dom.fail('NotFoundError', 'The node to be replaced is not a child of this node.');
      validate(this, node, null);
      if (node === child) return child;
      let ref = child.nextSibling;
      if (ref === node) ref = node.nextSibling;
      const prev = child.previousSibling === node ? node.previousSibling : child.previousSibling;
      if (node._parent && kindOf(node) !== 11) dom.remove(node);
      dom.remove(child, true);
      const added = dom.insert(this, node, ref, true);
      queueChildList(this, added, [child], prev, ref);
      return child;
    }
    contains(other) {
      for (let n = other; n; n = n._parent) if (n === this) return true;
      return false;
    }
    getRootNode() {
      let n = this;
      while (n._parent) n = n._parent;
      return n;
    }
    isSameNode(other) { return this === other; }
    isEqualNode(other) {
      if (!other || kindOf(other) !== kindOf(this) || other.nodeName !== this.nodeName) return false;
      if (this._data !== other._data) return false;
      if (this._attrs) {
        if (this._attrs.length !== other._attrs.length) return false;
        for (let i = 0; i < this._attrs.length; i += 2) {
          if (other.getAttribute(this._attrs[i]) !== this._attrs[i + 1]) return false;
        }
      }
      const a = this._kids || [];
      const b = other._kids || [];
      return a.length === b.length && a.every((c, i) => c.isEqualNode(b[i]));
    }
    compareDocumentPosition(other) {
      if (this === other) return 0;
      const chain = (n) => { const out = []; for (; n; n = n._parent) out.push(n); return out; };
      const a = chain(this);
      const b = chain(other);
      if (a[a.length - 1] !== b[b.length - 1]) return 1 | 32 | 2;
      let i = a.length - 1;
      let j = b.length - 1;
      while (i >= 0 && j >= 0 && a[i] === b[j]) { i--; j--; }
      if (i < 0) return 16 | 4;
      if (j < 0) return 8 | 2;
      return a[i]._i < b[j]._i ? 4 : 2;
    }
    cloneNode(deep) {
      const copy = this._clone(this._doc);
      if (deep && this._kids) dom.cloneChildren(this, copy);
      return copy;
    }
    normalize() {
      if (!this._kids) return;
      for (let i = 0; i < this._kids.length; i++) {
        const c = this._kids[i];
        if (kindOf(c) === 1) { c.normalize(); continue; }
        if (kindOf(c) !== 3) continue;
        let data = c._data;
        while (c.nextSibling && kindOf(c.nextSibling) === 3) {
          data += c.nextSibling._data;
          dom.remove(c.nextSibling);
        }
        if (data === '') { dom.remove(c); i--; } else if (data !== c._data) dom.setData(c, data);
      }
    }
  }
  dom.cloneChildren = (from, to) => {
    // Pairs of (original, copy) whose children are still to copy; a loop, for trees of any depth.
    const stack = [from, to];
    while (stack.length) {
      const t = stack.pop();
      const f = stack.pop();
      for (const c of f._kids) {
        const k = c._clone(t._doc || t);
        dom.append(t, k);
        if (c._kids) stack.push(c, k);
      }
      if (f._content) stack.push(f._content, t._content);
    }
  };

  dom.accessors(Node.prototype, {
    nodeValue: [() => null, () => {}],
    ownerDocument() { return this._doc; },
    parentNode() { return this._parent; },
    parentElement() { return this._parent && kindOf(this._parent) === 1 ? this._parent : null; },
    childNodes() { return this._cn || (this._cn = dom.liveArrayList(this._kids || NO_KIDS)); },
    firstChild() { return (this._kids && this._kids[0]) || null; },
    lastChild() { return (this._kids && this._kids[this._kids.length - 1]) || null; },
    previousSibling() { return (this._parent && this._parent._kids[this._i - 1]) || null; },
    nextSibling() { return (this._parent && this._parent._kids[this._i + 1]) || null; },
    isConnected() { return kindOf(this.getRootNode()) === 9; },
    textContent: [
      function () { return kindOf(this) === 1 || kindOf(this) === 11 ? dom.textOf(this) : null; },
      function (v) {
        if (kindOf(this) !== 1 && kindOf(this) !== 11) return;
        v = v === null || v === undefined ? '' : String(v);
        dom.replaceAll(this, v === '' ? null : dom.newText(this._doc, v));
      },
    ],
    baseURI() { const d = this._doc || this; return d.URL || 'about:blank'; },
  });
  const TYPES = {
    ELEMENT_NODE: 1, ATTRIBUTE_NODE: 2, TEXT_NODE: 3, CDATA_SECTION_NODE: 4, PROCESSING_INSTRUCTION_NODE: 7,
    COMMENT_NODE: 8, DOCUMENT_NODE: 9, DOCUMENT_TYPE_NODE: 10, DOCUMENT_FRAGMENT_NODE: 11,
    DOCUMENT_POSITION_DISCONNECTED: 1, DOCUMENT_POSITION_PRECEDING: 2, DOCUMENT_POSITION_FOLLOWING: 4,
    DOCUMENT_POSITION_CONTAINS: 8, DOCUMENT_POSITION_CONTAINED_BY: 16, DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC: 32,
  };
  Object.assign(Node, TYPES);
  Object.assign(Node.prototype, TYPES);

  /** Methods of the ChildNode mixin (before, after, replaceWith, remove). */
  class ChildNode {
    before(...args) {
      const parent = this._parent;
      if (!parent) return;
      let prev = this.previousSibling;
      while (prev && args.includes(prev)) prev = prev.previousSibling;
      const node = convert(this._doc, args);
      preInsert(parent, node, prev ? prev.nextSibling : parent.firstChild);
    }
    after(...args) {
      const parent = this._parent;
      if (!parent) return;
      let next = this.nextSibling;
      while (next && args.includes(next)) next = next.nextSibling;
      preInsert(parent, convert(this._doc, args), next);
    }
    replaceWith(...args) {
      const parent = this._parent;
      if (!parent) return;
      let next = this.nextSibling;
      while (next && args.includes(next)) next = next.nextSibling;
      const node = convert(this._doc, args);
      if (this._parent === parent) parent.replaceChild(node, this);
      else preInsert(parent, node, next);
    }
    remove() { if (this._parent) dom.remove(this); }
  }
  /** Methods of the ParentNode mixin (children, append, prepend, replaceChildren...). */
  class ParentNode {
    get children() {
      return this._ch || (this._ch = dom.liveList(HTMLCollection, () => this._kids.filter((c) => kindOf(c) === 1)));
    }
    get childElementCount() { return this._kids.reduce((n, c) => n + (kindOf(c) === 1), 0); }
    get firstElementChild() { return this._kids.find((c) => kindOf(c) === 1) || null; }
    get lastElementChild() {
      for (let i = this._kids.length - 1; i >= 0; i--) if (kindOf(this._kids[i]) === 1) return this._kids[i];
      return null;
    }
    append(...args) { preInsert(this, convert(this._doc || this, args), null); }
    prepend(...args) { preInsert(this, convert(this._doc || this, args), this.firstChild); }
    replaceChildren(...args) {
      const node = convert(this._doc || this, args);
      validate(this, node, null);
      dom.replaceAll(this, node);
    }
  }
  /** Element siblings, shared by Element and CharacterData. */
  class ElementSiblings {
    get nextElementSibling() {
      for (let n = this.nextSibling; n; n = n.nextSibling) if (kindOf(n) === 1) return n;
      return null;
    }
    get previousElementSibling() {
      for (let n = this.previousSibling; n; n = n.previousSibling) if (kindOf(n) === 1) return n;
      return null;
    }
  }
  dom.mix = (target, ...sources) => {
    for (const s of sources) {
      const d = Object.getOwnPropertyDescriptors(s.prototype);
      delete d.constructor;
      Object.defineProperties(target.prototype, d);
    }
  };

  dom.adopt = adopt;
  dom.version = 0;
  dom.moCount = 0;
  Object.assign(dom, { Node, ChildNode, ParentNode, ElementSiblings });
  Object.assign(globalThis, { Node });
})();
