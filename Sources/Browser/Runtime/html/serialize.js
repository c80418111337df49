// DOM part 11: HTML serialization (innerHTML/outerHTML getters) and parsing through the host's HTML5
// parser (innerHTML/outerHTML setters, insertAdjacentHTML), plus building nodes from compact arrays.
(() => {
  'use strict';
  const dom = __rt.dom;
  const { Element } = dom;

  const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img',
    'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
  const RAW = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
  const TEXT_ESC = { '&': '&amp;', '\u00A0': '&nbsp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
  const escapeText = (s) => (/[&\u00A0<>]/.test(s) ? s.replace(/[&\u00A0<>]/g, (c) => TEXT_ESC[c]) : s);
  // Attribute values escape < and > too, as the current HTML standard and browsers do.
  const escapeAttr = (s) => (/[&\u00A0<>"]/.test(s) ? s.replace(/[&\u00A0<>"]/g, (c) => TEXT_ESC[c]) : s);

  const serializeChildren = (node, out) => {
    const parent = node.nodeType === 1 && node._ns === 0 ? node._name : '';
    const kids = node._content ? node._content._kids : node._kids;
    for (const c of kids) serializeNode(c, out, parent);
    return out;
  };
  const serializeNode = (n, out, parentName) => {
    switch (n.nodeType) {
      case 1: {
        const tag = n._prefix ? n._prefix + ':' + n._name : n._name;
        out.push('<', tag);
        const a = n._attrs;
        for (let i = 0; i < a.length; i += 2) out.push(' ', a[i], '="', escapeAttr(a[i + 1]), '"');
        out.push('>');
        if (n._ns === 0 && VOID.has(n._name)) return;
        serializeChildren(n, out);
        out.push('</', tag, '>');
        return;
      }
      case 3: out.push(RAW.has(parentName) ? n._data : escapeText(n._data)); return;
      case 8: out.push('<!--', n._data, '-->'); return;
      case 10: out.push('<!DOCTYPE ', n.name, '>'); return;
      default: serializeChildren(n, out);
    }
  };
  dom.serialize = (node, outer) => {
    const out = [];
    if (outer) serializeNode(node, out, ''); else serializeChildren(node, out);
    return out.join('');
  };

  /** Builds a node from a compact array; element children are built recursively. */
  dom.build = (c, doc) => {
    switch (c[0]) {
      case 1: {
        const el = dom.createElement(doc, c[1], c[4] || 0, c[2]);
        const into = el._content || el;
        for (const k of c[3]) dom.append(into, dom.build(k, doc));
        // Scripts that come from parsing markup (innerHTML, DOMParser) never run, even when moved later.
        if (c[1] === 'script') el._started = true;
        return el;
      }
      case 3: return dom.newText(doc, c[1]);
      case 8: return dom.newComment(doc, c[1]);
      case 10: return dom.newDoctype(doc, c[1]);
      default: throw new Error('unknown compact node ' + JSON.stringify(c).slice(0, 40));
    }
  };

  /** Parses html in the context of `contextEl` into a fragment (no scripts run). */
  const parse = (html, contextEl) => {
    const doc = contextEl._doc;
    const frag = dom.newFragment(doc);
    const context = contextEl.nodeType === 1 ? contextEl._name : 'body';
    for (const c of __host.parseFragment(String(html), context)) dom.append(frag, dom.build(c, doc));
    return frag;
  };
  dom.parseFragment = parse;

  const adjacentParent = (el, where) => {
    const parent = el._parent;
    if (!parent || parent.nodeType === 9) {
      if (where === 'html') dom.fail('NoModificationAllowedError', 'The element has no parent.');
      return null;
    }
    return parent;
  };
  // Inserts node at one of the four positions; returns false when there is nowhere to insert.
  const insertAdjacent = (el, position, node, kind) => {
    switch (String(position).toLowerCase()) {
      case 'beforebegin': {
        const parent = adjacentParent(el, kind);
        if (!parent) return false;
        dom.preInsert(parent, node, el);
        return true;
      }
      case 'afterend': {
        const parent = adjacentParent(el, kind);
        if (!parent) return false;
        dom.preInsert(parent, node, el.nextSibling);
        return true;
      }
      case 'afterbegin': dom.preInsert(el, node, el.firstChild); return true;
      case 'beforeend': dom.preInsert(el, node, null); return true;
      default: return dom.fail('SyntaxError', "The value provided ('" + position + "') is not one of 'beforeBegin', 'afterBegin', 'beforeEnd', or 'afterEnd'.");
    }
  };
  const contextFor = (el, position) => {
    const p = String(position).toLowerCase();
    if (p !== 'beforebegin' && p !== 'afterend') return el;
    const parent = adjacentParent(el, 'html');
    return parent.nodeType === 11 ? el._doc.createElement('body') : parent;
  };

  Object.assign(Element.prototype, {
    insertAdjacentHTML(position, html) {
      insertAdjacent(this, position, parse(html, contextFor(this, position)), 'html');
    },
    insertAdjacentText(position, text) {
      insertAdjacent(this, position, dom.newText(this._doc, String(text)), 'text');
    },
    insertAdjacentElement(position, element) {
      if (!(element instanceof Element)) throw new TypeError("parameter 2 is not of type 'Element'.");
      return insertAdjacent(this, position, element, 'element') ? element : null;
    },
    getHTML() { return dom.serialize(this, false); },
  });
  dom.accessors(Element.prototype, {
    innerHTML: [function () { return dom.serialize(this, false); },
      function (html) {
        const frag = parse(html === null ? '' : html, this);
        dom.replaceAll(this._content || this, frag);
      }],
    outerHTML: [function () { return dom.serialize(this, true); },
      function (html) {
        const parent = this._parent;
        if (!parent) return;
        if (parent.nodeType === 9) dom.fail('NoModificationAllowedError', 'The element has no parent element.');
        const frag = parse(html === null ? '' : html, parent.nodeType === 11 ? this._doc.createElement('body') : parent);
        parent.replaceChild(frag, this);
      }],
  });
})();
