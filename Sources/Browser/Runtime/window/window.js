// window, navigator, console, crypto, performance and the virtual Date.
(function () {
  'use strict';
  const rt = __rt;
  const g = globalThis;
  g.window = g;
  g.self = g;
  g.top = g;
  g.parent = g;
  g.frames = g;

  // window is a Window. JavaScriptCore's global object keeps Object.prototype as its prototype (scripts
  // cannot replace it, and a host-made global class would make every global lookup slow), so window carries
  // what the Window interface gives: the "Window" class string (so jQuery's isPlainObject(window) is false),
  // `window instanceof Window` and `instanceof EventTarget`, the EventTarget methods and the on<event>
  // properties, as own properties. Object.getPrototypeOf(window) is still Object.prototype (docs/dom.md).
  function Window() { throw new TypeError('Illegal constructor'); }
  Window.prototype = Object.create(rt.dom.EventTarget.prototype, {
    constructor: { value: Window, writable: true, configurable: true },
    [Symbol.toStringTag]: { value: 'Window', configurable: true },
  });
  // `window instanceof Window` and `window instanceof EventTarget` (but not `instanceof Node`, which inherits
  // EventTarget's static Symbol.hasInstance, hence the check of `this`).
  const ordinaryInstanceOf = Function.prototype[Symbol.hasInstance];
  for (const C of [Window, rt.dom.EventTarget]) {
    Object.defineProperty(C, Symbol.hasInstance, {
      value: function (v) { return (v === g && this === C) || ordinaryInstanceOf.call(this, v); }, configurable: true,
    });
  }
  Object.defineProperty(g, Symbol.toStringTag, { value: 'Window', configurable: true });
  Object.defineProperty(g, 'constructor', { value: Window, writable: true, configurable: true });
  for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    Object.defineProperty(g, key, { value: rt.dom.EventTarget.prototype[key], writable: true, configurable: true });
  }
  g.Window = Window;
  // on<event> properties of window (window.onerror keeps its own, older signature and is not among them).
  rt.dom.eventHandlers(g, ['load', 'message', 'messageerror', 'resize', 'scroll', 'hashchange',
    'popstate', 'beforeunload', 'unload', 'pagehide', 'pageshow', 'focus', 'blur', 'online', 'offline', 'storage',
    'visibilitychange', 'click', 'keydown', 'keyup', 'input', 'change', 'submit']);

  // Console: lines go to the harness with their level; objects are shown as JSON where possible.
  function show(value) {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return (value.name || 'Error') + ': ' + value.message;
    if (value && typeof value === 'object') {
      try { return JSON.stringify(value); } catch (e) { return String(value); }
    }
    return String(value);
  }
  function writer(level) {
    return function () {
      __host.console(level, Array.prototype.map.call(arguments, show).join(' '));
    };
  }
  g.console = {
    log: writer('log'), info: writer('info'), warn: writer('warn'), error: writer('error'),
    debug: writer('debug'), trace: writer('debug'),
    group: writer('log'), groupCollapsed: writer('log'), groupEnd: function () {},
    table: writer('log'), dir: writer('log'), time: function () {}, timeEnd: function () {},
    assert: function (cond) {
      if (!cond) writer('error').apply(null, ['Assertion failed:'].concat([].slice.call(arguments, 1)));
    }
  };

  // One virtual clock behind Date and performance.
  const RealDate = Date;
  function VirtualDate() {
    if (!new.target) return new RealDate(__host.now()).toString();
    const args = arguments.length ? Array.prototype.slice.call(arguments) : [__host.now()];
    return Reflect.construct(RealDate, args, new.target);
  }
  VirtualDate.prototype = RealDate.prototype;
  VirtualDate.now = function () { return __host.now(); };
  VirtualDate.parse = RealDate.parse;
  VirtualDate.UTC = RealDate.UTC;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true });
  g.Date = VirtualDate;

  const marks = [];
  g.performance = {
    now: function () { return __host.perfNow(); },
    get timeOrigin() { return __host.now() - __host.perfNow(); },
    mark: function (name) {
      const entry = { name: String(name), entryType: 'mark', startTime: __host.perfNow(), duration: 0 };
      marks.push(entry);
      return entry;
    },
    measure: function (name, start, end) {
      const find = function (n) { const m = marks.filter(function (x) { return x.name === n; }).pop(); return m ? m.startTime : 0; };
      const s = start ? find(start) : 0;
      const e = end ? find(end) : __host.perfNow();
      const entry = { name: String(name), entryType: 'measure', startTime: s, duration: e - s };
      marks.push(entry);
      return entry;
    },
    getEntriesByName: function (name) { return marks.filter(function (m) { return m.name === name; }); },
    getEntriesByType: function (type) { return marks.filter(function (m) { return m.entryType === type; }); },
    clearMarks: function () { marks.length = 0; }
  };

  // Seeded randomness: reproducible runs. The seed comes with boot.
  let state = 1;
  rt.seedRandom = function (seed) { state = (seed >>> 0) || 1; };
  Math.random = function () {
    // xorshift32: plenty for page scripts, and the same sequence every run.
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
  g.crypto = {
    getRandomValues: function (array) {
      if (!array || typeof array.length !== 'number' || !array.BYTES_PER_ELEMENT) {
        throw new TypeError("Failed to execute 'getRandomValues' on 'Crypto': parameter 1 is not an integer typed array.");
      }
      if (array.byteLength > 65536) {
        const e = new Error('The ArrayBufferView byte length exceeds 65536'); e.name = 'QuotaExceededError'; throw e;
      }
      const bytes = __host.randomBytes(array.byteLength);
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(bytes);
      return array;
    },
    randomUUID: function () {
      const b = g.crypto.getRandomValues(new Uint8Array(16));
      b[6] = (b[6] & 0x0f) | 0x40;
      b[8] = (b[8] & 0x3f) | 0x80;
      const h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
      return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
    }
  };
  rt.absent(g.crypto, 'subtle', 'crypto.subtle');

  function Navigator() { throw new TypeError('Illegal constructor'); }
  Object.defineProperty(Navigator.prototype, Symbol.toStringTag, { value: 'Navigator', configurable: true });
  g.Navigator = Navigator;
  rt.configureNavigator = function (config) {
    g.navigator = Object.assign(Object.create(Navigator.prototype), {
      userAgent: config.userAgent,
      language: config.language,
      languages: [config.language, config.language.split('-')[0]],
      cookieEnabled: !!config.cookieEnabled,
      onLine: true,
      platform: 'Linux x86_64',
      vendor: 'Google Inc.',
      webdriver: false,
      doNotTrack: null,
      hardwareConcurrency: 2,
      maxTouchPoints: 0,
      pdfViewerEnabled: false,
      sendBeacon: function (url, data) { return rt.sendBeacon(url, data); }
    });
    for (const name of ['geolocation', 'serviceWorker', 'clipboard', 'mediaDevices', 'permissions', 'credentials',
      'share', 'vibrate', 'getBattery', 'connection', 'userAgentData', 'storage', 'locks', 'getGamepads']) {
      rt.absent(g.navigator, name, 'navigator.' + name);
    }
  };

  g.getComputedStyle = function (element) {
    if (!rt.dom || !rt.dom.getComputedStyle) rt.notImplemented('getComputedStyle');
    return rt.dom.getComputedStyle(element);
  };
  g.queueMicrotask = function (fn) {
    if (typeof fn !== 'function') throw new TypeError("Failed to execute 'queueMicrotask' on 'Window': parameter 1 is not of type 'Function'.");
    Promise.resolve().then(function () { rt.callSafely(fn); });
  };
  g.innerWidth = 1280; g.innerHeight = 800; g.outerWidth = 1280; g.outerHeight = 800; g.devicePixelRatio = 1;
  g.scrollX = g.scrollY = g.pageXOffset = g.pageYOffset = 0;
  g.screenX = g.screenY = g.screenLeft = g.screenTop = 0;
  g.name = ''; g.closed = false; g.length = 0; g.opener = null; g.frameElement = null; g.isSecureContext = true;
  Object.defineProperty(g, 'origin', { configurable: true, enumerable: true, get: function () { return g.location.origin; } });
  g.reportError = function (e) { rt.reportException(e); };
  // Chromium's own object, which pages read to tell Chrome (and Chrome apps) apart; here only its app part.
  g.chrome = { app: { isInstalled: false } };
  // matchMedia: there is no viewport to test queries against, so no query matches (except plain `all`
  // and `screen`), and none ever changes.
  class MediaQueryList extends rt.dom.EventTarget {
    constructor(query) {
      super();
      this._media = String(query);
    }
    get media() { return this._media; }
    get matches() { return /^\s*(only\s+)?(all|screen)\s*$/i.test(this._media); }
    addListener(fn) { this.addEventListener('change', fn); }
    removeListener(fn) { this.removeEventListener('change', fn); }
  }
  g.MediaQueryList = MediaQueryList;
  g.matchMedia = function (query) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'matchMedia' on 'Window': 1 argument required, but only 0 present.");
    return new MediaQueryList(query);
  };
  g.scrollTo = g.scroll = g.scrollBy = function () {};
  g.alert = g.print = g.focus = g.blur = g.stop = function () {};
  g.confirm = function () { return false; };
  g.prompt = function () { return null; };
  g.open = function () { return null; };
  g.close = function () {};
  // Optional features the harness lacks are absent, as in an older browser; reads are recorded.
  for (const name of ['WebSocket', 'Worker', 'SharedWorker', 'ServiceWorker', 'indexedDB', 'IDBFactory',
    'Notification', 'EventSource', 'BroadcastChannel', 'caches', 'FileReader', 'Audio', 'WebGLRenderingContext',
    'RTCPeerConnection', 'speechSynthesis', 'PaymentRequest', 'visualViewport', 'CSS', 'ReadableStream',
    'WritableStream', 'CompressionStream', 'PerformanceObserver', 'requestIdleCallback', 'cancelIdleCallback',
    'webkitRequestAnimationFrame', 'ShadowRoot', 'customElements', 'trustedTypes', 'Worklet', 'Gamepad',
    'SpeechRecognition', 'webkitSpeechRecognition', 'Selection', 'getSelection', 'attachEvent', 'opera',
    'mozInnerScreenX', 'external', 'scheduler', 'cookieStore', 'launchQueue']) {
    if (!(name in g)) rt.absent(g, name);
  }
})();
