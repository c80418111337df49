// DOM part 9: the query methods built on compiled selectors: querySelector(All), matches, closest,
// getElementsByTagName and getElementsByClassName.
(() => {
  'use strict';
  const dom = __rt.dom;
  const { NodeList, HTMLCollection, hasClass } = dom;
  const compile = dom.compileSelector;

  /** Runs `fn` with :scope bound to `root`. */
  const scoped = (root, fn) => {
    const saved = dom.scope;
    dom.scope = root;
    try { return fn(); } finally { dom.scope = saved; }
  };
  dom.matches = (el, compiled, root) => scoped(root || el, () => compiled.match(el));
  const select = (root, text, first) => {
    const sel = compile(text);
    return scoped(root, () => {
      if (first) {
        let found = null;
        dom.each(root, (e) => sel.match(e) && (found = e) !== null);
        return found;
      }
      const out = [];
      dom.each(root, (e) => { if (sel.match(e)) out.push(e); });
      return dom.staticList(NodeList, out);
    });
  };

  const queries = {
    querySelector(s) { return select(this, s, true); },
    querySelectorAll(s) { return select(this, s, false); },
    getElementsByTagName(name) {
      name = String(name);
      const lower = name.toLowerCase();
      return dom.liveList(HTMLCollection, () => dom.collect(this,
        (e) => name === '*' || (e._ns === 0 ? e._name === lower : e.tagName === name)));
    },
    getElementsByClassName(names) {
      const wanted = String(names).split(/[ \t\n\f\r]+/).filter(Boolean);
      return dom.liveList(HTMLCollection, () => (wanted.length
        ? dom.collect(this, (e) => wanted.every((c) => hasClass(e, c))) : []));
    },
  };
  dom.queries = queries;
  Object.assign(dom.Element.prototype, queries, {
    matches(s) { return dom.matches(this, compile(s)); },
    webkitMatchesSelector(s) { return this.matches(s); },
    closest(s) {
      const sel = compile(s);
      for (let e = this; e && e.nodeType === 1; e = e._parent) if (dom.matches(e, sel, this)) return e;
      return null;
    },
  });
  Object.assign(DocumentFragment.prototype, { querySelector: queries.querySelector, querySelectorAll: queries.querySelectorAll });
})();
