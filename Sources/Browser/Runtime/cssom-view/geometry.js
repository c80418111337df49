// Geometry without layout, after CSSOM View: DOMRect, and the size and position reads of elements.
//
// The harness lays nothing out, so, as jsdom does, every rectangle is empty and every size and offset is 0.
// Scrolling is accepted and does nothing. This is said in docs/dom.md and docs/known-differences.yaml.
(() => {
  'use strict';
  const dom = __rt.dom;
  const g = globalThis;

  class DOMRectReadOnly {
    constructor(x, y, width, height) {
      this._x = +x || 0; this._y = +y || 0; this._w = +width || 0; this._h = +height || 0;
    }
    get x() { return this._x; }
    get y() { return this._y; }
    get width() { return this._w; }
    get height() { return this._h; }
    get top() { return Math.min(this._y, this._y + this._h); }
    get bottom() { return Math.max(this._y, this._y + this._h); }
    get left() { return Math.min(this._x, this._x + this._w); }
    get right() { return Math.max(this._x, this._x + this._w); }
    toJSON() {
      const { x, y, width, height, top, right, bottom, left } = this;
      return { x, y, width, height, top, right, bottom, left };
    }
    static fromRect(r) { r = r || {}; return new this(r.x, r.y, r.width, r.height); }
  }
  class DOMRect extends DOMRectReadOnly {
    set x(v) { this._x = +v; }
    set y(v) { this._y = +v; }
    set width(v) { this._w = +v; }
    set height(v) { this._h = +v; }
    get x() { return this._x; }
    get y() { return this._y; }
    get width() { return this._w; }
    get height() { return this._h; }
  }
  class DOMRectList {
    constructor(key) { if (key !== dom.KEY) throw new TypeError('Illegal constructor'); }
    get length() { return 0; }
    item() { return null; }
    [Symbol.iterator]() { return [].values(); }
  }
  const zero = () => 0;
  const ignore = function () {};
  dom.accessors(dom.Element.prototype, {
    clientWidth: zero, clientHeight: zero, clientTop: zero, clientLeft: zero,
    scrollWidth: zero, scrollHeight: zero,
    scrollTop: [zero, ignore], scrollLeft: [zero, ignore],
  });
  dom.accessors(dom.HTMLElement.prototype, {
    offsetWidth: zero, offsetHeight: zero, offsetTop: zero, offsetLeft: zero,
    offsetParent() { return null; },
  });
  Object.assign(dom.Element.prototype, {
    getBoundingClientRect() { return new DOMRect(0, 0, 0, 0); },
    getClientRects() { return Object.create(DOMRectList.prototype); },
    scrollIntoView: ignore, scrollTo: ignore, scrollBy: ignore, scroll: ignore,
  });
  dom.DOMRect = DOMRect;
  Object.assign(g, { DOMRectReadOnly, DOMRect, DOMRectList });
})();
