// CSSOM: inline style (CSSStyleDeclaration backed by the `style` attribute), simple <style> sheets
// and getComputedStyle over their cascade.
(() => {
  'use strict';
  const dom = __rt.dom;
  const { Element } = dom;

  /** Splits declarations into [name, value, important] triples, honouring quotes and parentheses. */
  const parseDecls = (text) => {
    const out = [];
    let depth = 0;
    let quote = '';
    let start = 0;
    const flush = (end) => {
      const part = text.slice(start, end);
      const colon = part.indexOf(':');
      if (colon < 0) return;
      let name = part.slice(0, colon).trim();
      let value = part.slice(colon + 1).trim();
      if (!name.startsWith('--')) name = name.toLowerCase();
      const imp = /!\s*important\s*$/i.exec(value);
      if (imp) value = value.slice(0, imp.index).trim();
      if (!name || !value || !valid(name, value)) return;
      const i = out.findIndex((d) => d[0] === name);
      if (i >= 0) out.splice(i, 1);
      out.push([name, value, !!imp]);
    };
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quote) { if (c === '\\') i++; else if (c === quote) quote = ''; } else if (c === '"' || c === "'") quote = c;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === ';' && depth <= 0) { flush(i); start = i + 1; }
    }
    flush(text.length);
    return out;
  };
  dom.parseDecls = parseDecls;

  const DISPLAY = new Set(['none', 'block', 'inline', 'inline-block', 'flex', 'inline-flex', 'grid', 'inline-grid',
    'contents', 'list-item', 'table', 'inline-table', 'table-row', 'table-cell', 'table-row-group',
    'table-header-group', 'table-footer-group', 'table-column', 'table-column-group', 'table-caption',
    'flow-root', 'flow', 'ruby', 'ruby-text', 'math']);
  const GLOBAL = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer']);
  // Values of display and visibility are checked (browsers drop invalid ones); others are kept as given.
  const valid = (name, value) => {
    const v = value.toLowerCase();
    if (name === 'display') return GLOBAL.has(v) || v.split(/\s+/).every((w) => DISPLAY.has(w));
    if (name === 'visibility') return GLOBAL.has(v) || v === 'visible' || v === 'hidden' || v === 'collapse';
    return true;
  };
  const kebab = (prop) => (prop === 'cssFloat' ? 'float'
    : prop.replace(/^(webkit|moz|ms)(?=[A-Z])/, '-$1').replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()));
  const normName = (name) => { name = String(name).trim(); return name.startsWith('--') ? name : name.toLowerCase(); };

  /** The inline style of one element; every write is serialized back into the `style` attribute. */
  class CSSStyleDeclaration {
    constructor(el) { this._el = el; this._text = null; this._decls = []; }
    _read() {
      const t = dom.getAttr(this._el, 'style') || '';
      if (t !== this._text) { this._text = t; this._decls = parseDecls(t); }
      return this._decls;
    }
    _write() {
      this._text = this._serialize();
      dom.setAttr(this._el, 'style', this._text);
    }
    _serialize() { return this._decls.map((d) => d[0] + ': ' + d[1] + (d[2] ? ' !important' : '') + ';').join(' '); }
    _find(name) { return this._read().find((d) => d[0] === normName(name)); }
    getPropertyValue(name) { const d = this._find(name); return d ? d[1] : ''; }
    getPropertyPriority(name) { const d = this._find(name); return d && d[2] ? 'important' : ''; }
    setProperty(name, value, priority) {
      name = normName(name);
      if (value === null || value === undefined || String(value).trim() === '') { this.removeProperty(name); return; }
      value = String(value).trim();
      const prio = String(priority || '').toLowerCase();
      if ((prio && prio !== 'important') || !valid(name, value)) return;
      const d = this._find(name);
      if (d) { d[1] = value; d[2] = prio === 'important'; } else this._decls.push([name, value, prio === 'important']);
      this._write();
    }
    removeProperty(name) {
      const d = this._find(name);
      if (!d) return '';
      this._decls.splice(this._decls.indexOf(d), 1);
      this._write();
      return d[1];
    }
    item(i) { return (this._read()[i] || [''])[0]; }
    get length() { return this._read().length; }
    get cssText() { this._read(); return this._serialize(); }
    set cssText(v) { this._decls = parseDecls(String(v === null ? '' : v)); this._write(); }
    get cssFloat() { return this.getPropertyValue('float'); }
    set cssFloat(v) { this.setProperty('float', v); }
  }

  // Any other string key is a CSS property in camelCase (or its dashed name).
  const styleHandler = {
    get(t, k) {
      if (typeof k !== 'string' || k in t) return t[k];
      if (/^\d+$/.test(k)) return t.item(+k);
      return t.getPropertyValue(kebab(k));
    },
    set(t, k, v) {
      if (typeof k !== 'string' || k in t) t[k] = v;
      else t.setProperty(kebab(k), v);
      return true;
    },
  };
  dom.accessors(Element.prototype, {
    style: [function () { return this._style || (this._style = new Proxy(new CSSStyleDeclaration(this), styleHandler)); },
      function (v) { this.style.cssText = v; }],
  });

  // Style sheets: rules of <style> elements, each parsed once per text.
  const parseSheet = (css, rules) => {
    css = css.replace(/\/\*[\s\S]*?\*\//g, '');
    let i = 0;
    while (i < css.length) {
      const open = css.indexOf('{', i);
      if (open < 0) break;
      let prelude = css.slice(i, open);
      prelude = prelude.slice(prelude.lastIndexOf(';') + 1).trim();
      let depth = 1;
      let j = open + 1;
      for (; j < css.length && depth; j++) if (css[j] === '{') depth++; else if (css[j] === '}') depth--;
      const body = css.slice(open + 1, depth ? j : j - 1);
      i = j;
      if (prelude[0] === '@') {
        // Only unconditional media blocks apply: there is no viewport to test queries against.
        if (/^@media\s+(all|screen)\s*$/i.test(prelude)) parseSheet(body, rules);
        continue;
      }
      try {
        rules.push({ sel: dom.compileSelector(prelude), decls: parseDecls(body) });
      } catch (e) {
        // A rule whose selector is invalid or unsupported is dropped, as browsers drop invalid rules.
      }
    }
    return rules;
  };
  const sheetRules = (doc) => {
    if (doc._sheets && doc._sheets.version === dom.version) return doc._sheets.rules;
    const rules = [];
    dom.each(doc, (e) => {
      if (e._name !== 'style' || !/^(|all|screen)$/i.test((dom.getAttr(e, 'media') || '').trim())) return false;
      const text = dom.textOf(e);
      if (!e._sheet || e._sheet.text !== text) e._sheet = { text, rules: parseSheet(text, []) };
      for (const r of e._sheet.rules) rules.push(r);
      return false;
    });
    doc._sheets = { version: dom.version, rules };
    return rules;
  };

  // The cascaded value of a property: important sheet rules, inline style, then normal sheet rules.
  const cascaded = (el, name) => {
    let normal = null;
    let important = null;
    for (const rule of sheetRules(el._doc)) {
      const d = rule.decls.find((x) => x[0] === name);
      if (!d) continue;
      const spec = rule.sel.specificity(el);
      if (spec < 0) continue;
      if (d[2]) { if (!important || spec >= important.spec) important = { spec, value: d[1] }; } else if (!normal || spec >= normal.spec) normal = { spec, value: d[1] };
    }
    const inline = el.style._find(name);
    if (inline && inline[2]) return inline[1].toLowerCase();
    if (important) return important.value.toLowerCase();
    if (inline) return inline[1].toLowerCase();
    return normal ? normal.value.toLowerCase() : null;
  };

  const BLOCK = new Set(['html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog',
    'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
    'h6', 'header', 'hgroup', 'hr', 'legend', 'main', 'menu', 'nav', 'ol', 'ul', 'p', 'pre', 'section', 'summary',
    'search', 'listing', 'xmp', 'plaintext', 'frameset', 'optgroup', 'option']);
  const NONE = new Set(['head', 'script', 'style', 'template', 'title', 'meta', 'link', 'base', 'noscript',
    'area', 'datalist', 'param', 'noembed', 'noframes', 'rp']);
  const OTHER = {
    li: 'list-item', table: 'table', caption: 'table-caption', colgroup: 'table-column-group', col: 'table-column',
    thead: 'table-header-group', tbody: 'table-row-group', tfoot: 'table-footer-group', tr: 'table-row',
    td: 'table-cell', th: 'table-cell', button: 'inline-block', input: 'inline-block', select: 'inline-block',
    textarea: 'inline-block', ruby: 'ruby', rt: 'ruby-text', math: 'math',
  };
  // The user-agent stylesheet's display for an element.
  const uaDisplay = (el) => {
    const name = el._name;
    if (el._ns !== 0) return name === 'math' ? 'math' : 'inline';
    if (dom.getAttr(el, 'hidden') !== null || NONE.has(name)) return 'none';
    if (name === 'input' && (dom.getAttr(el, 'type') || '').toLowerCase() === 'hidden') return 'none';
    if (name === 'dialog' && dom.getAttr(el, 'open') === null) return 'none';
    return BLOCK.has(name) ? 'block' : OTHER[name] || 'inline';
  };
  // Both walk up the ancestors in a loop: a deep tree must not exhaust the JavaScript stack.
  const display = (el) => {
    for (; el; el = el.parentElement) {
      const v = cascaded(el, 'display');
      if (v === null || v === 'revert' || v === 'revert-layer') return uaDisplay(el);
      if (v === 'initial' || v === 'unset') return 'inline';
      if (v !== 'inherit') return v;
    }
    return 'inline';
  };
  // visibility inherits: without a declared keyword the parent's value is used.
  const visibility = (el) => {
    for (; el; el = el.parentElement) {
      const v = cascaded(el, 'visibility');
      if (v === 'visible' || v === 'hidden' || v === 'collapse') return v;
      if (v === 'initial') return 'visible';
    }
    return 'visible';
  };

  // Properties that inherit, and the initial values of the properties pages commonly read.
  const INHERITED = new Set(['color', 'cursor', 'direction', 'font', 'font-family', 'font-size', 'font-style',
    'font-weight', 'font-variant', 'letter-spacing', 'line-height', 'list-style', 'list-style-type',
    'pointer-events', 'quotes', 'text-align', 'text-indent', 'text-transform', 'visibility', 'white-space',
    'word-spacing', 'word-break', 'user-select']);
  const INITIAL = {
    opacity: '1', position: 'static', float: 'none', 'z-index': 'auto', 'box-sizing': 'content-box',
    overflow: 'visible', 'overflow-x': 'visible', 'overflow-y': 'visible', transform: 'none',
    'transition-property': 'all', 'transition-duration': '0s', 'transition-timing-function': 'ease',
    'transition-delay': '0s', 'animation-name': 'none', 'animation-duration': '0s', 'animation-delay': '0s',
    'pointer-events': 'auto', cursor: 'auto', direction: 'ltr', 'text-align': 'start', 'white-space': 'normal',
    top: 'auto', left: 'auto', right: 'auto', bottom: 'auto', width: 'auto', height: 'auto',
    'max-width': 'none', 'max-height': 'none', 'min-width': '0px', 'min-height': '0px',
    'margin-top': '0px', 'margin-right': '0px', 'margin-bottom': '0px', 'margin-left': '0px',
    'padding-top': '0px', 'padding-right': '0px', 'padding-bottom': '0px', 'padding-left': '0px',
    'border-top-width': '0px', 'border-right-width': '0px', 'border-bottom-width': '0px', 'border-left-width': '0px',
    color: 'rgb(0, 0, 0)', 'background-color': 'rgba(0, 0, 0, 0)', 'font-style': 'normal', 'font-weight': '400',
    'line-height': 'normal', 'letter-spacing': 'normal', 'text-transform': 'none', 'list-style-type': 'disc',
  };
  // Times are computed in seconds ("150ms" -> "0.15s"), as Chromium serializes them.
  const seconds = (t) => {
    const m = /^(-?[\d.]+)(m?s)$/i.exec(t.trim());
    return m ? String(parseFloat(m[1]) / (m[2].toLowerCase() === 'ms' ? 1000 : 1)) + 's' : null;
  };
  // The longhands of one `transition` shorthand, for each comma-separated transition.
  const TIMING = /^(ease|ease-in|ease-out|ease-in-out|linear|step-start|step-end|(steps|cubic-bezier)\(.*\))$/i;
  const transitionPart = (value, part) => value.split(/,(?![^(]*\))/).map((one) => {
    const words = one.trim().match(/[a-z-]+\([^)]*\)|\S+/gi) || [];
    const times = words.filter((w) => seconds(w) !== null).map(seconds);
    if (part === 'duration') return times[0] || '0s';
    if (part === 'delay') return times[1] || '0s';
    if (part === 'timing-function') return words.find((w) => TIMING.test(w)) || 'ease';
    return words.find((w) => seconds(w) === null && !TIMING.test(w)) || 'all';
  }).join(', ');
  // The computed value of any property: the cascade (with the transition shorthand expanded), then
  // inheritance or the initial value. Values are as written, lower-cased; times are in seconds.
  const computed = (el, name) => {
    if (name === 'display') return display(el);
    if (name === 'visibility') return visibility(el);
    let v = cascaded(el, name);
    if (v === null && name.startsWith('transition-')) {
      const short = cascaded(el, 'transition');
      if (short !== null && !GLOBAL.has(short)) v = transitionPart(short, name.slice(11));
    }
    if (v === 'inherit' || ((v === null || v === 'unset') && INHERITED.has(name))) {
      return el.parentElement ? computed(el.parentElement, name) : INITIAL[name] || '';
    }
    if (v === null || v === 'initial' || v === 'unset' || v === 'revert' || v === 'revert-layer') return INITIAL[name] || '';
    if (name === 'opacity' && /^[\d.]+%?$/.test(v)) {
      const n = parseFloat(v) / (v.endsWith('%') ? 100 : 1);
      return String(Math.max(0, Math.min(1, n)));
    }
    if (/(duration|delay)$/.test(name)) return v.split(',').map((t) => seconds(t) || t.trim()).join(', ');
    return v;
  };

  /**
   * The computed style of an element: the cascade of inline styles and `<style>` rules for any property,
   * with inheritance and initial values. There is no layout, so sizes are never resolved to pixels.
   */
  class ComputedStyle {
    constructor(el) { this._el = el; }
    getPropertyValue(name) {
      name = normName(name);
      return this._el.isConnected ? computed(this._el, name) : '';
    }
    getPropertyPriority() { return ''; }
    get cssText() { return ''; }
    get length() { return 0; }
    item() { return ''; }
    setProperty() { dom.fail('NoModificationAllowedError', 'A computed style is read-only.'); }
    removeProperty() { dom.fail('NoModificationAllowedError', 'A computed style is read-only.'); }
  }
  const computedHandler = {
    get(t, k) {
      if (typeof k !== 'string' || k in t || k === 'then' || k === 'toJSON') return t[k];
      if (/^\d+$/.test(k)) return '';
      return t.getPropertyValue(k.includes('-') ? k : kebab(k));
    },
    set() { return true; },
  };
  Object.defineProperty(ComputedStyle.prototype, Symbol.toStringTag, { value: 'CSSStyleDeclaration' });
  dom.getComputedStyle = (el) => {
    if (!(el instanceof Element)) throw new TypeError("Failed to execute 'getComputedStyle' on 'Window': parameter 1 is not of type 'Element'.");
    return new Proxy(new ComputedStyle(el), computedHandler);
  };
  globalThis.CSSStyleDeclaration = CSSStyleDeclaration;
})();
