// IntersectionObserver and ResizeObserver without layout.
//
// Nothing is laid out, so an observer reports each target once, soon after observe() (as its own task):
// IntersectionObserver says the target is fully visible (isIntersecting, ratio 1) and ResizeObserver gives a
// zero size. This lets lazy loaders and widgets that wait for visibility run their code; it is a known
// difference from Chromium for targets that are off screen or hidden (docs/dom.md).
(() => {
  'use strict';
  const rt = __rt;
  const dom = rt.dom;
  const g = globalThis;

  /** The shared queueing: observe() adds a target, and one task later the callback gets all new entries. */
  class Observer {
    constructor(callback, name) {
      if (typeof callback !== 'function') {
        throw new TypeError("Failed to construct '" + name + "': parameter 1 is not of type 'Function'.");
      }
      this._callback = callback;
      this._targets = [];
      this._records = [];
      this._timer = 0;
    }
    observe(target) {
      if (!(target instanceof dom.Element)) throw new TypeError("Failed to execute 'observe': parameter 1 is not of type 'Element'.");
      if (this._targets.includes(target)) return;
      this._targets.push(target);
      this._records.push(this._entry(target));
      if (!this._timer) {
        this._timer = g.setTimeout(() => {
          this._timer = 0;
          const records = this.takeRecords();
          if (records.length) rt.callSafely(this._callback, this, [records, this]);
        }, 0);
      }
    }
    unobserve(target) {
      this._targets = this._targets.filter((t) => t !== target);
      this._records = this._records.filter((r) => r.target !== target);
    }
    disconnect() {
      this._targets = [];
      this._records = [];
    }
    takeRecords() { return this._records.splice(0); }
  }

  const zero = () => new dom.DOMRect(0, 0, 0, 0);
  class IntersectionObserverEntry {
    constructor(init) { Object.assign(this, init); }
  }
  class IntersectionObserver extends Observer {
    constructor(callback, options) {
      super(callback, 'IntersectionObserver');
      options = options || {};
      const t = options.threshold === undefined ? [0] : [].concat(options.threshold);
      if (t.some((x) => !(x >= 0 && x <= 1))) throw new RangeError('Threshold values must be numbers between 0 and 1');
      this.root = options.root || null;
      this.rootMargin = options.rootMargin || '0px 0px 0px 0px';
      this.thresholds = Object.freeze(t.map(Number).sort());
    }
    _entry(target) {
      return new IntersectionObserverEntry({
        target, time: g.performance.now(), isIntersecting: true, intersectionRatio: 1, isVisible: false,
        boundingClientRect: zero(), intersectionRect: zero(), rootBounds: null,
      });
    }
  }
  class ResizeObserverSize {
    constructor() { this.inlineSize = 0; this.blockSize = 0; }
  }
  class ResizeObserverEntry {
    constructor(target) {
      this.target = target;
      this.contentRect = zero();
      this.borderBoxSize = [new ResizeObserverSize()];
      this.contentBoxSize = [new ResizeObserverSize()];
      this.devicePixelContentBoxSize = [new ResizeObserverSize()];
    }
  }
  class ResizeObserver extends Observer {
    constructor(callback) { super(callback, 'ResizeObserver'); }
    _entry(target) { return new ResizeObserverEntry(target); }
  }
  Object.assign(g, { IntersectionObserver, IntersectionObserverEntry, ResizeObserver, ResizeObserverEntry, ResizeObserverSize });
})();
