// DOM part 4: the nodes that are not elements: CharacterData (Text, Comment), DocumentType and
// DocumentFragment, with the constructors the other files use to make them.
(() => {
  'use strict';
  const dom = __rt.dom;
  const { KEY, Node, ChildNode, ParentNode, ElementSiblings } = dom;
  const kindOf = (n) => n.nodeType;

  class CharacterData extends Node {
    constructor(data) {
      super();
      if (new.target === CharacterData) throw new TypeError('Illegal constructor');
      this._data = data === undefined ? '' : String(data);
    }
    appendData(s) { dom.setData(this, this._data + s); }
    substringData(offset, count) { this._check(offset); return this._data.substr(offset, count); }
    insertData(offset, s) { this.replaceData(offset, 0, s); }
    deleteData(offset, count) { this.replaceData(offset, count, ''); }
    replaceData(offset, count, s) {
      this._check(offset);
      const d = this._data;
      dom.setData(this, d.slice(0, offset) + s + d.slice(offset + count));
    }
    _check(offset) { if (offset > this._data.length) dom.fail('IndexSizeError', 'The offset is larger than the data.'); }
  }
  dom.setData = (n, v) => {
    const old = n._data;
    n._data = v;
    dom.version++;
    if (dom.moCount) dom.queueMutation('characterData', n, null, old);
  };
  const dataAccessor = [function () { return this._data; },
    function (v) { dom.setData(this, v === null || v === undefined ? '' : String(v)); }];
  dom.accessors(CharacterData.prototype, {
    data: dataAccessor, nodeValue: dataAccessor, textContent: dataAccessor,
    length() { return this._data.length; },
  });
  dom.mix(CharacterData, ChildNode, ElementSiblings);

  class Text extends CharacterData {
    get nodeName() { return '#text'; }
    get wholeText() {
      let a = this;
      while (a.previousSibling && kindOf(a.previousSibling) === 3) a = a.previousSibling;
      let s = '';
      for (; a && kindOf(a) === 3; a = a.nextSibling) s += a._data;
      return s;
    }
    splitText(offset) {
      this._check(offset);
      const rest = dom.newText(this._doc, this._data.slice(offset));
      if (this._parent) dom.insert(this._parent, rest, this.nextSibling);
      dom.setData(this, this._data.slice(0, offset));
      return rest;
    }
    _clone(doc) { return dom.newText(doc, this._data); }
  }
  class Comment extends CharacterData {
    get nodeName() { return '#comment'; }
    _clone(doc) { const c = new Comment(this._data); c._doc = doc; return c; }
  }
  class DocumentType extends Node {
    constructor(key, name, publicId, systemId) {
      super();
      if (key !== KEY) throw new TypeError('Illegal constructor');
      this.name = name;
      this.publicId = publicId || '';
      this.systemId = systemId || '';
    }
    get nodeName() { return this.name; }
    _clone(doc) { const d = new DocumentType(KEY, this.name, this.publicId, this.systemId); d._doc = doc; return d; }
  }
  dom.mix(DocumentType, ChildNode);
  class DocumentFragment extends Node {
    constructor() {
      super();
      this._kids = [];
    }
    get nodeName() { return '#document-fragment'; }
    getElementById(id) {
      let found = null;
      dom.each(this, (e) => e.id === id && (found = e));
      return found;
    }
    _clone(doc) { return dom.newFragment(doc); }
  }
  dom.mix(DocumentFragment, ParentNode);

  Object.defineProperty(Text.prototype, 'nodeType', { value: 3 });
  Object.defineProperty(Comment.prototype, 'nodeType', { value: 8 });
  Object.defineProperty(DocumentType.prototype, 'nodeType', { value: 10 });
  Object.defineProperty(DocumentFragment.prototype, 'nodeType', { value: 11 });

  dom.newText = (doc, data) => { const t = new Text(data); t._doc = doc; return t; };
  dom.newComment = (doc, data) => { const t = new Comment(data); t._doc = doc; return t; };
  dom.newFragment = (doc) => { const f = new DocumentFragment(); f._doc = doc; return f; };
  dom.newDoctype = (doc, name) => { const d = new DocumentType(KEY, name); d._doc = doc; return d; };
  Object.assign(dom, { CharacterData, Text });
  Object.assign(globalThis, { CharacterData, Text, Comment, DocumentType, DocumentFragment });
})();
