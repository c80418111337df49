// The HTML element interfaces, one constructor per kind of element (HTMLAnchorElement, HTMLInputElement, ...),
// plus SVGElement and MathMLElement, after the HTML Standard's element index.
//
// Every element is made through dom.createElement, which picks the interface for its tag, so `instanceof`
// and Object.prototype.toString answer as in browsers. The members that matter to real pages are here:
// URL parts of links, form state, select options, script and iframe details, image sizes.
(() => {
  'use strict';
  const dom = __rt.dom;
  const { KEY, Element, HTMLElement, HTMLCollection } = dom;

  /**
   * Declares a named subclass of Parent (a class, or another declaration) with these members. The class is
   * made on first use, by a page reading the global or by an element of that kind being created, so a
   * page pays only for the interfaces it meets. Returns the function that makes (once) and returns it.
   */
  const define = (name, Parent, members) => {
    let C = null;
    const make = () => {
      if (C) return C;
      const P = Parent.lazy ? Parent() : Parent;
      C = ({ [name]: class extends P {} })[name];
      if (members) Object.defineProperties(C.prototype, Object.getOwnPropertyDescriptors(members));
      Object.defineProperty(C.prototype, Symbol.toStringTag, { value: name, configurable: true });
      return C;
    };
    make.lazy = true;
    __rt.lazyGlobal(name, make);
    return make;
  };
  Object.defineProperty(Element.prototype, Symbol.toStringTag, { value: 'Element', configurable: true });
  Object.defineProperty(HTMLElement.prototype, Symbol.toStringTag, { value: 'HTMLElement', configurable: true });

  // Merges member objects keeping getters as getters (Object.assign would call them).
  const merge = (...parts) => {
    const out = {};
    for (const p of parts) Object.defineProperties(out, Object.getOwnPropertyDescriptors(p));
    return out;
  };
  const num = (el, attr, fallback) => {
    const v = parseInt(dom.getAttr(el, attr), 10);
    return Number.isFinite(v) && v >= 0 ? v : fallback;
  };
  const numProps = (names) => {
    const out = {};
    for (const name of names) {
      Object.defineProperty(out, name, {
        get() { return num(this, name, 0); },
        set(v) { dom.setAttr(this, name, String(v >>> 0)); },
        enumerable: true, configurable: true,
      });
    }
    return out;
  };

  // HTMLHyperlinkElementUtils: the URL parts of `href`, readable and writable.
  const PARTS = ['protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
  const parsedHref = (el) => {
    const href = dom.getAttr(el, 'href');
    if (href === null) return null;
    try { return new URL(href, el._doc ? el._doc.baseURI : undefined); } catch (e) { return null; }
  };
  const hyperlink = {
    get origin() { const u = parsedHref(this); return u ? u.origin : ''; },
    toString() { return this.href; },
  };
  for (const part of PARTS) {
    Object.defineProperty(hyperlink, part, {
      get() {
        const u = parsedHref(this);
        return u ? u[part] : (part === 'protocol' ? ':' : '');
      },
      set(v) {
        const u = parsedHref(this);
        if (!u) return;
        u[part] = v;
        dom.setAttr(this, 'href', u.href);
      },
      enumerable: true, configurable: true,
    });
  }

  const controls = ['button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea'];
  const formOf = function () {
    for (let e = this._parent; e; e = e._parent) if (e._name === 'form' && e._ns === 0) return e;
    return null;
  };
  const options = (select) => dom.collect(select, (e) => e._name === 'option');

  const HTMLMediaElement = define('HTMLMediaElement', HTMLElement, {
    play() { return Promise.reject(new DOMException('The harness plays no media.', 'NotSupportedError')); },
    pause() {},
    load() {},
    canPlayType() { return ''; },
    get paused() { return true; },
    get currentTime() { return 0; },
    set currentTime(v) {},
    get duration() { return NaN; },
    get readyState() { return 0; },
  });
  const I = {
    a: define('HTMLAnchorElement', HTMLElement, hyperlink),
    area: define('HTMLAreaElement', HTMLElement, hyperlink),
    audio: define('HTMLAudioElement', HTMLMediaElement),
    base: define('HTMLBaseElement', HTMLElement),
    body: define('HTMLBodyElement', HTMLElement),
    br: define('HTMLBRElement', HTMLElement),
    button: define('HTMLButtonElement', HTMLElement, { get form() { return formOf.call(this); } }),
    canvas: define('HTMLCanvasElement', HTMLElement, merge(numProps(['width', 'height']), {
      getContext() { return null; },
      toDataURL() { return __rt.notImplemented('HTMLCanvasElement.toDataURL'); },
    })),
    data: define('HTMLDataElement', HTMLElement),
    datalist: define('HTMLDataListElement', HTMLElement),
    details: define('HTMLDetailsElement', HTMLElement),
    dialog: define('HTMLDialogElement', HTMLElement, {
      show() { dom.setAttr(this, 'open', ''); },
      showModal() { dom.setAttr(this, 'open', ''); },
      close(v) {
        if (dom.getAttr(this, 'open') === null) return;
        if (v !== undefined) this.returnValue = String(v);
        this.removeAttribute('open');
        this.dispatchEvent(new Event('close'));
      },
    }),
    div: define('HTMLDivElement', HTMLElement),
    dl: define('HTMLDListElement', HTMLElement),
    embed: define('HTMLEmbedElement', HTMLElement),
    fieldset: define('HTMLFieldSetElement', HTMLElement),
    form: define('HTMLFormElement', HTMLElement, {
      get elements() {
        return this._els || (this._els = dom.liveList(HTMLCollection,
          () => dom.collect(this, (e) => e._ns === 0 && controls.includes(e._name))));
      },
      get length() { return this.elements.length; },
      submit() { __rt.notImplemented('HTMLFormElement.submit'); },
      requestSubmit() { __rt.notImplemented('HTMLFormElement.requestSubmit'); },
      reset() {
        for (const e of dom.collect(this, (x) => x._ns === 0 && controls.includes(x._name))) {
          delete e._value;
          delete e._checked;
        }
        this.dispatchEvent(new Event('reset', { bubbles: true, cancelable: true }));
      },
      checkValidity() { return true; },
      reportValidity() { return true; },
    }),
    head: define('HTMLHeadElement', HTMLElement),
    hr: define('HTMLHRElement', HTMLElement),
    html: define('HTMLHtmlElement', HTMLElement),
    iframe: define('HTMLIFrameElement', HTMLElement, merge(numProps([]), {
      // The harness loads no frames: an iframe has no window or document of its own.
      get contentWindow() { __rt.recordMissing('HTMLIFrameElement.contentWindow'); return null; },
      get contentDocument() { __rt.recordMissing('HTMLIFrameElement.contentDocument'); return null; },
    })),
    img: define('HTMLImageElement', HTMLElement, merge(numProps(['width', 'height']), {
      // No image is fetched or decoded (docs/known-differences.yaml: images-not-loaded).
      get complete() { return true; },
      get naturalWidth() { return 0; },
      get naturalHeight() { return 0; },
      get currentSrc() { return this.src; },
      decode() { return Promise.resolve(); },
    })),
    input: define('HTMLInputElement', HTMLElement, {
      get form() { return formOf.call(this); },
      get defaultChecked() { return dom.getAttr(this, 'checked') !== null; },
      set defaultChecked(v) { if (v) dom.setAttr(this, 'checked', ''); else this.removeAttribute('checked'); },
      select() {},
      setSelectionRange() {},
      checkValidity() { return true; },
      reportValidity() { return true; },
      setCustomValidity() {},
    }),
    label: define('HTMLLabelElement', HTMLElement, {
      get control() {
        const id = dom.getAttr(this, 'for');
        if (id !== null) return this._doc ? this._doc.getElementById(id) : null;
        return dom.collect(this, (e) => ['input', 'select', 'textarea', 'button'].includes(e._name))[0] || null;
      },
    }),
    legend: define('HTMLLegendElement', HTMLElement),
    li: define('HTMLLIElement', HTMLElement),
    link: define('HTMLLinkElement', HTMLElement),
    map: define('HTMLMapElement', HTMLElement),
    menu: define('HTMLMenuElement', HTMLElement),
    meta: define('HTMLMetaElement', HTMLElement),
    meter: define('HTMLMeterElement', HTMLElement),
    object: define('HTMLObjectElement', HTMLElement),
    ol: define('HTMLOListElement', HTMLElement),
    optgroup: define('HTMLOptGroupElement', HTMLElement),
    option: define('HTMLOptionElement', HTMLElement, {
      get value() { const v = dom.getAttr(this, 'value'); return v === null ? this.text : v; },
      set value(v) { dom.setAttr(this, 'value', String(v)); },
      get text() { return this.textContent.replace(/[ \t\n\f\r]+/g, ' ').trim(); },
      set text(v) { this.textContent = v; },
      get label() { const v = dom.getAttr(this, 'label'); return v === null ? this.text : v; },
      get defaultSelected() { return dom.getAttr(this, 'selected') !== null; },
      get index() {
        let select = this._parent;
        while (select && select._name !== 'select') select = select._parent;
        return select ? options(select).indexOf(this) : 0;
      },
    }),
    output: define('HTMLOutputElement', HTMLElement),
    p: define('HTMLParagraphElement', HTMLElement),
    picture: define('HTMLPictureElement', HTMLElement),
    pre: define('HTMLPreElement', HTMLElement),
    progress: define('HTMLProgressElement', HTMLElement),
    q: define('HTMLQuoteElement', HTMLElement),
    script: define('HTMLScriptElement', HTMLElement),
    select: define('HTMLSelectElement', HTMLElement, {
      get form() { return formOf.call(this); },
      get options() {
        return this._opts || (this._opts = dom.liveList(HTMLCollection, () => options(this)));
      },
      get length() { return options(this).length; },
      get type() { return dom.getAttr(this, 'multiple') !== null ? 'select-multiple' : 'select-one'; },
      // Without a selected option, a single select shows (and selects) its first option.
      get selectedIndex() {
        const list = options(this);
        const i = list.findIndex((o) => o.selected);
        return i >= 0 || this.multiple ? i : (list.length ? 0 : -1);
      },
      set selectedIndex(n) {
        options(this).forEach((o, i) => { o.selected = i === n; });
      },
      get selectedOptions() { return dom.staticList(HTMLCollection, options(this).filter((o) => o.selected)); },
      get value() { const list = options(this); const o = list[this.selectedIndex]; return o ? o.value : ''; },
      set value(v) { options(this).forEach((o) => { o.selected = o.value === String(v); }); },
      add(option, before) { this.insertBefore(option, typeof before === 'number' ? options(this)[before] || null : before || null); },
      item(i) { return options(this)[i] || null; },
      checkValidity() { return true; },
    }),
    slot: define('HTMLSlotElement', HTMLElement),
    source: define('HTMLSourceElement', HTMLElement),
    span: define('HTMLSpanElement', HTMLElement),
    style: define('HTMLStyleElement', HTMLElement),
    caption: define('HTMLTableCaptionElement', HTMLElement),
    td: define('HTMLTableCellElement', HTMLElement),
    col: define('HTMLTableColElement', HTMLElement),
    table: define('HTMLTableElement', HTMLElement),
    tr: define('HTMLTableRowElement', HTMLElement),
    tbody: define('HTMLTableSectionElement', HTMLElement),
    template: define('HTMLTemplateElement', HTMLElement),
    textarea: define('HTMLTextAreaElement', HTMLElement, {
      get form() { return formOf.call(this); },
      select() {},
      setSelectionRange() {},
      checkValidity() { return true; },
    }),
    time: define('HTMLTimeElement', HTMLElement),
    title: define('HTMLTitleElement', HTMLElement),
    track: define('HTMLTrackElement', HTMLElement),
    ul: define('HTMLUListElement', HTMLElement),
    video: define('HTMLVideoElement', HTMLMediaElement, numProps(['width', 'height'])),
  };
  const heading = define('HTMLHeadingElement', HTMLElement);
  for (const h of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) I[h] = heading;
  I.th = I.td;
  I.colgroup = I.col;
  I.thead = I.tfoot = I.tbody;
  I.blockquote = I.q;
  I.listing = I.xmp = I.pre;
  I.del = I.ins = define('HTMLModElement', HTMLElement);
  I.frameset = define('HTMLFrameSetElement', HTMLElement);
  I.frame = define('HTMLFrameElement', HTMLElement);
  I.marquee = define('HTMLMarqueeElement', HTMLElement);
  I.font = define('HTMLFontElement', HTMLElement);
  I.dir = define('HTMLDirectoryElement', HTMLElement);
  I.param = define('HTMLParamElement', HTMLElement);
  // Elements that are plain HTMLElement; any other name without a hyphen is HTMLUnknownElement.
  const PLAIN = new Set(('abbr acronym address article aside b basefont bdi bdo big center cite code dd dfn dt em ' +
    'figcaption figure footer header hgroup i kbd main mark nav nobr noembed noframes noscript plaintext rb rp rt ' +
    'rtc ruby s samp search section small strike strong sub summary sup tt u var wbr').split(' '));
  const HTMLUnknownElement = define('HTMLUnknownElement', HTMLElement);
  const SVGElement = define('SVGElement', Element);
  const SVGGraphicsElement = define('SVGGraphicsElement', SVGElement, {
    getBBox() { return new DOMRect(0, 0, 0, 0); },
  });
  const SVG = {
    svg: define('SVGSVGElement', SVGGraphicsElement),
    g: define('SVGGElement', SVGGraphicsElement),
    path: define('SVGPathElement', SVGGraphicsElement),
    circle: define('SVGCircleElement', SVGGraphicsElement),
    rect: define('SVGRectElement', SVGGraphicsElement),
    use: define('SVGUseElement', SVGGraphicsElement),
    text: define('SVGTextElement', SVGGraphicsElement),
  };
  const MathMLElement = define('MathMLElement', Element);

  /** The interface of an element of the given local name and namespace index (0 HTML, 1 SVG, 2 MathML). */
  dom.interfaceFor = (name, ns) => {
    if (ns === 0) {
      const make = I[name];
      if (make) return make();
      return PLAIN.has(name) || name.includes('-') ? HTMLElement : HTMLUnknownElement();
    }
    if (ns === 1) return (SVG[name] || SVGElement)();
    if (ns === 2) return MathMLElement();
    return Element;
  };
  dom.createElement = (doc, name, ns, attrs, prefix) => {
    const Type = dom.interfaceFor(name, ns);
    const el = new Type(KEY, doc, name, ns, ns === 0 ? null : prefix);
    if (attrs) el._attrs = attrs;
    if (ns === 0 && name === 'template') el._content = dom.newFragment(doc);
    return el;
  };

  // Legacy constructors: new Image(width, height) and new Option(text, value, defaultSelected, selected).
  __rt.lazyGlobal('Image', () => {
    const Image = function Image(width, height) {
      if (!new.target) throw new TypeError("Failed to construct 'Image': Please use the 'new' operator.");
      const img = dom.createElement(dom.defaultDoc(), 'img', 0, null);
      if (width !== undefined) img.width = width;
      if (height !== undefined) img.height = height;
      return img;
    };
    Image.prototype = I.img().prototype;
    return Image;
  });
  __rt.lazyGlobal('Option', () => {
    const Option = function Option(text, value, defaultSelected, selected) {
      if (!new.target) throw new TypeError("Failed to construct 'Option': Please use the 'new' operator.");
      const option = dom.createElement(dom.defaultDoc(), 'option', 0, null);
      if (text !== undefined && text !== '') option.textContent = String(text);
      if (value !== undefined) option.value = value;
      if (defaultSelected) dom.setAttr(option, 'selected', '');
      if (selected) option.selected = true;
      return option;
    };
    Option.prototype = I.option().prototype;
    return Option;
  });
})();
