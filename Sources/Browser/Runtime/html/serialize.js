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

  // Serialization and building walk with an explicit stack, not recursion: a script can build a tree
  // deeper than the JavaScript stack (the parser caps depth at 512, appendChild does not).
  const pushChildren = (node, stack) => {
    const parent = node.nodeType === 1 && node._ns === 0 ? node._name : '';
    const kids = node._content ? node._content._kids : node._kids;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i], parent);
  };
  dom.serialize = (node, outer) => {
    const out = [];
    // Pairs of (node or closing tag, parent element name): the name picks raw text inside script or style.
    const stack = [];
    if (outer) stack.push(node, ''); else pushChildren(node, stack);
    while (stack.length) {
      const parentName = stack.pop();
      const n = stack.pop();
      if (typeof n === 'string') { out.push(n); continue; }
      switch (n.nodeType) {
        case 1: {
          const tag = n._prefix ? n._prefix + ':' + n._name : n._name;
          out.push('<', tag);
          const a = n._attrs;
          for (let i = 0; i < a.length; i += 2) out.push(' ', a[i], '="', escapeAttr(a[i + 1]), '"');
          out.push('>');
          if (n._ns === 0 && VOID.has(n._name)) break;
          stack.push('</' + tag + '>', '');
          pushChildren(n, stack);
          break;
        }
        case 3: out.push(RAW.has(parentName) ? n._data : escapeText(n._data)); break;
        case 8: out.push('<!--', n._data, '-->'); break;
        case 10: out.push('<!DOCTYPE ', n.name, '>'); break;
        default: pushChildren(n, stack);
      }
    }
    return out.join('');
  };

  const buildOne = (c, doc) => {
    switch (c[0]) {
      case 1: {
        const el = dom.createElement(doc, c[1], c[4] || 0, c[2]);
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
  /** Builds a node and everything below it from a compact array. */
  dom.build = (c, doc) => {
    const root = buildOne(c, doc);
    // Entries: [element, its compact children, next index].
    const stack = c[0] === 1 ? [[root, c[3], 0]] : [];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top[2] === top[1].length) { stack.pop(); continue; }
      const k = top[1][top[2]++];
      const node = buildOne(k, doc);
      dom.append(top[0]._content || top[0], node);
      if (k[0] === 1 && k[3].length) stack.push([node, k[3], 0]);
    }
    return root;
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
