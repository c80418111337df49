// DOM part 8: the selector parser. A recursive-descent parser over the CSS tokens compiles each
// selector list to match functions with their specificity; compiled lists are cached by text.
// Selectors 4 with :has(); HTML's case-insensitive attribute values; case rules as Chromium applies them.
(() => {
  'use strict';
  const dom = __rt.dom;
  const { hasClass, position, sameType, anyElement, nthMatches, parseNth } = dom;

  let source = '';
  const bad = () => dom.fail('SyntaxError', "'" + source + "' is not a valid selector.");

  // Parser state: the token array and the position in it.
  let toks = [];
  let p = 0;
  const peek = () => toks[p];
  const isDelim = (t, v) => t && t.t === 'delim' && t.v === v;
  const skipWS = () => { let had = false; while (toks[p] && toks[p].t === 'ws') { p++; had = true; } return had; };
  // A block may be left unclosed at the end of the selector (CSS closes it), as browsers accept.
  const close = (v) => { if (p >= toks.length) return; if (!isDelim(toks[p], v)) bad(); p++; };

  /** Parses a comma list of complex selectors up to the end or a closing parenthesis. */
  const parseList = (nested, forgiving) => {
    const list = [];
    for (;;) {
      skipWS();
      if (forgiving) {
        const at = p;
        try { list.push(parseComplex()); } catch (e) {
          if (e.name !== 'SyntaxError') throw e;
          p = at;
          skipTo();
        }
      } else list.push(parseComplex());
      skipWS();
      const t = peek();
      if (!t) break;
      if (isDelim(t, ',')) { p++; continue; }
      if (nested && isDelim(t, ')')) break;
      bad();
    }
    return list;
  };
  // Skips an invalid argument of a forgiving list to the next top-level comma or closing parenthesis.
  const skipTo = () => {
    let depth = 0;
    for (; p < toks.length; p++) {
      const t = toks[p];
      if (t.t === 'func' || isDelim(t, '(') || isDelim(t, '[')) depth++;
      else if (isDelim(t, ')') || isDelim(t, ']')) { if (depth === 0) return; depth--; }
      else if (isDelim(t, ',') && depth === 0) return;
    }
  };

  const parseComplex = () => {
    const compounds = [parseCompound()];
    const combs = [];
    for (;;) {
      const hadWS = skipWS();
      const t = peek();
      if (!t || isDelim(t, ',') || isDelim(t, ')')) break;
      let comb = ' ';
      if (isDelim(t, '>') || isDelim(t, '+') || isDelim(t, '~')) { comb = t.v; p++; skipWS(); } else if (!hadWS) bad();
      combs.push(comb);
      compounds.push(parseCompound());
    }
    // Stored right to left: parts[0] is the subject, each part knows the combinator to its left.
    const parts = [];
    let spec = 0;
    for (let i = compounds.length - 1; i >= 0; i--) {
      parts.push({ m: compounds[i].m, c: combs[i - 1] });
      spec += compounds[i].spec;
    }
    return { parts, spec };
  };

  // In an HTML document Chromium matches type selectors case-insensitively on every element, SVG ones
  // (`clipPath`) included, although their names keep their case.
  const typeTest = (name) => {
    const lower = name.toLowerCase();
    return (el) => (el._ns === 0 ? el._name === lower : el._name.toLowerCase() === lower);
  };
  const never = () => false;

  // One compound selector: an optional type selector followed by ids, classes, attributes and pseudos.
  const parseCompound = () => {
    const tests = [];
    let spec = 0;
    let t = peek();
    // Namespace prefixes: only `*|` and `|` are understood, since no namespaces can be declared.
    if (t && (t.t === 'ident' || isDelim(t, '*')) && isDelim(toks[p + 1], '|') && !isDelim(toks[p + 2], '=')) {
      if (t.t === 'ident') bad();
      p += 2;
      t = peek();
    } else if (isDelim(t, '|')) {
      p++;
      t = peek();
    }
    if (t && t.t === 'ident') { tests.push(typeTest(t.v)); spec += 1; p++; } else if (isDelim(t, '*')) p++;
    const start = p;
    for (;;) {
      t = peek();
      if (!t) break;
      if (t.t === 'hash') {
        const id = t.v;
        tests.push((el) => dom.getAttr(el, 'id') === id);
        spec += 1e6;
        p++;
      } else if (isDelim(t, '.')) {
        p++;
        const c = peek();
        if (!c || c.t !== 'ident') bad();
        const cls = c.v;
        tests.push((el) => hasClass(el, cls));
        spec += 1e3;
        p++;
      } else if (isDelim(t, '[')) {
        p++;
        tests.push(parseAttribute());
        spec += 1e3;
      } else if (isDelim(t, ':')) {
        p++;
        const r = parsePseudo();
        tests.push(r.m);
        spec += r.spec;
      } else break;
    }
    if (p === start && tests.length === 0 && !isDelim(toks[start - 1], '*')) bad();
    const m = tests.length === 1 ? tests[0] : (el) => {
      for (let i = 0; i < tests.length; i++) if (!tests[i](el)) return false;
      return true;
    };
    return { m: tests.length ? m : () => true, spec };
  };

  const ATTR_OPS = {
    '=': (v, x) => v === x,
    '~=': (v, x) => x !== '' && !/\s/.test(x) && v.split(/[ \t\n\f\r]+/).includes(x),
    '|=': (v, x) => v === x || v.startsWith(x + '-'),
    '^=': (v, x) => x !== '' && v.startsWith(x),
    '$=': (v, x) => x !== '' && v.endsWith(x),
    '*=': (v, x) => x !== '' && v.includes(x),
  };
  const parseAttribute = () => {
    skipWS();
    let t = peek();
    if (isDelim(t, '*') && isDelim(toks[p + 1], '|')) { p += 2; t = peek(); } else if (isDelim(t, '|') && !isDelim(toks[p + 1], '|=')) { p++; t = peek(); }
    if (!t || t.t !== 'ident') bad();
    const name = t.v;
    const lower = name.toLowerCase();
    p++;
    skipWS();
    t = peek();
    if (!t || isDelim(t, ']')) {
      close(']');
      return (el) => attrValue(el, name, lower) !== null;
    }
    const op = t.t === 'delim' && ATTR_OPS[t.v];
    if (!op) bad();
    p++;
    skipWS();
    t = peek();
    if (!t || (t.t !== 'ident' && t.t !== 'str')) bad();
    let value = t.v;
    p++;
    skipWS();
    t = peek();
    let flag = '';
    if (t && t.t === 'ident') {
      flag = t.v.toLowerCase();
      // Chromium does not take the `s` flag: a syntax error there, so here too.
      if (flag !== 'i') bad();
      p++;
      skipWS();
    }
    close(']');
    // Without a flag, HTML's listed attributes of HTML elements compare their values case-insensitively.
    const legacy = !flag && LEGACY_CASE_INSENSITIVE.has(lower);
    const folded = value.toLowerCase();
    return (el) => {
      const v = attrValue(el, name, lower);
      if (v === null) return false;
      return flag === 'i' || (legacy && el._ns === 0) ? op(v.toLowerCase(), folded) : op(v, value);
    };
  };
  // An attribute's value by a selector's name: any case matches, also on SVG elements (`[viewbox]`), as in Chromium.
  const attrValue = (el, name, lower) => {
    if (el._ns === 0) return dom.getAttr(el, lower);
    const exact = dom.getAttr(el, name);
    if (exact !== null) return exact;
    const a = el._attrs;
    for (let i = 0; i < a.length; i += 2) if (a[i].toLowerCase() === lower) return a[i + 1];
    return null;
  };
  // The attributes whose values HTML matches case-insensitively in selectors (HTML, "Case-sensitivity of selectors").
  const LEGACY_CASE_INSENSITIVE = new Set(('accept accept-charset align alink axis bgcolor charset checked clear '
    + 'codetype color compact declare defer dir direction disabled enctype face frame hreflang http-equiv lang '
    + 'language link media method multiple nohref noresize noshade nowrap readonly rel rev rules scope scrolling '
    + 'selected shape target text type valign valuetype vlink').split(' '));


  const maxSpec = (list) => list.reduce((m, c) => Math.max(m, c.spec), 0);
  const anyOf = (list) => (el) => list.some((c) => matchParts(c.parts, 0, el));

  const parsePseudo = () => {
    let element = false;
    if (isDelim(peek(), ':')) { element = true; p++; }
    const t = peek();
    if (!t || (t.t !== 'ident' && t.t !== 'func')) bad();
    p++;
    const name = t.v.toLowerCase();
    if (t.t === 'ident') {
      if (element || /^(before|after|first-line|first-letter)$/.test(name)) {
        if (!dom.pseudoElements.test(name) || inHas) bad();
        return { m: never, spec: 1 };
      }
      const m = Object.prototype.hasOwnProperty.call(dom.pseudoClasses, name) && dom.pseudoClasses[name];
      if (!m) bad();
      return { m, spec: 1e3 };
    }
    if (element) bad();
    if (name === 'not' || name === 'is' || name === 'where' || name === 'matches' || name === '-webkit-any') {
      if (name === 'matches' || name === '-webkit-any') bad();
      const list = parseList(true, name !== 'not');
      close(')');
      const any = anyOf(list);
      return { m: name === 'not' ? (el) => !any(el) : any, spec: name === 'where' ? 0 : maxSpec(list) };
    }
    const nth = /^nth-(last-)?(child|of-type)$/.exec(name);
    if (nth) {
      const from = p;
      while (p < toks.length && !isDelim(toks[p], ')') && !(nth[2] === 'child' && toks[p].t === 'ident' && toks[p].v.toLowerCase() === 'of')) p++;
      if (p === from) bad();
      const ab = parseNth(source.slice(toks[from].start, toks[p - 1].end));
      if (!ab) bad();
      const [a, b] = ab;
      let filter = null;
      let spec = 1e3;
      if (p < toks.length && toks[p].t === 'ident') {
        p++;
        const list = parseList(true, false);
        filter = anyOf(list);
        spec += maxSpec(list);
      }
      close(')');
      const fromEnd = !!nth[1];
      const byType = nth[2] === 'of-type';
      return {
        m: (el) => (filter && !filter(el) ? false : nthMatches(a, b, position(el, byType ? sameType(el) : filter || anyElement, fromEnd))),
        spec,
      };
    }
    if (name === 'has') return parseHas();
    if (name === 'lang' || name === 'dir' || name === 'host' || name === 'state') {
      __rt.notImplemented('the :' + name + '() selector');
    }
    return bad();
  };

  // :has() takes an unforgiving list of relative selectors and cannot nest.
  let inHas = false;
  const parseHas = () => {
    if (inHas) bad();
    inHas = true;
    try {
      const list = [];
      for (;;) {
        skipWS();
        let comb = ' ';
        const t = peek();
        if (isDelim(t, '>') || isDelim(t, '+') || isDelim(t, '~')) { comb = t.v; p++; skipWS(); }
        list.push(relative(parseComplex(), comb));
        skipWS();
        if (isDelim(peek(), ',')) { p++; continue; }
        break;
      }
      close(')');
      return { m: (el) => list.some((r) => r(el)), spec: maxSpec(list.map((r) => r.c)) };
    } finally {
      inHas = false;
    }
  };
  // A relative selector as a test of its anchor: some element after or below it matches, reached through comb.
  const relative = (c, comb) => {
    let anchor = null;
    const parts = c.parts.slice();
    parts[parts.length - 1] = { m: parts[parts.length - 1].m, c: comb };
    parts.push({ m: (el) => el === anchor });
    // Which elements can be the subject: only the next sibling for `+ x`; later siblings' subtrees for `~ x y`.
    const inner = c.parts.slice(0, -1);
    const deep = inner.some((part) => part.c === ' ' || part.c === '>');
    const nextOnly = comb === '+' && inner.length === 0;
    const test = (el) => {
      const saved = anchor;
      anchor = el;
      try {
        if (comb === ' ' || comb === '>') return someBelow(el, (x) => matchParts(parts, 0, x));
        for (let s = el.nextElementSibling; s; s = nextOnly ? null : s.nextElementSibling) {
          if (matchParts(parts, 0, s) || (deep && someBelow(s, (x) => matchParts(parts, 0, x)))) return true;
        }
        return false;
      } finally {
        anchor = saved;
      }
    };
    test.c = c;
    return test;
  };
  // True when f holds for an element below el, in document order.
  const someBelow = (el, f) => {
    const kids = el._kids;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k.nodeType === 1 && (f(k) || someBelow(k, f))) return true;
    }
    return false;
  };

  /** Matches el against a complex selector stored right to left, from part i on. */
  const matchParts = (parts, i, el) => {
    const part = parts[i];
    if (!part.m(el)) return false;
    if (i === parts.length - 1) return true;
    switch (part.c) {
      case ' ':
        for (let a = el._parent; a && a.nodeType === 1; a = a._parent) if (matchParts(parts, i + 1, a)) return true;
        return false;
      case '>': {
        const a = el._parent;
        return !!a && a.nodeType === 1 && matchParts(parts, i + 1, a);
      }
      case '+': {
        const s = el.previousElementSibling;
        return !!s && matchParts(parts, i + 1, s);
      }
      default:
        for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (matchParts(parts, i + 1, s)) return true;
        return false;
    }
  };

  const cache = new Map();
  /** Compiles a selector list; the result has match(el) and the list of complex selectors with specificity. */
  const compile = (text) => {
    text = String(text);
    let compiled = cache.get(text);
    if (compiled) return compiled;
    source = text;
    toks = dom.cssTokenize(text, bad);
    p = 0;
    const list = parseList(false, false);
    compiled = {
      list,
      match: list.length === 1 ? (el) => matchParts(list[0].parts, 0, el) : anyOf(list),
      // The highest specificity among the complex selectors that match el, or -1.
      specificity: (el) => list.reduce((m, c) => (c.spec > m && matchParts(c.parts, 0, el) ? c.spec : m), -1),
    };
    cache.set(text, compiled);
    return compiled;
  };
  dom.compileSelector = compile;
})();
