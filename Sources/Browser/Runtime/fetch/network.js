// XMLHttpRequest, fetch and sendBeacon. Every request goes to the harness's handler and is logged there;
// answers come back later, on the virtual clock, through __rt.deliver.
(function () {
  'use strict';
  const rt = __rt;
  const g = globalThis;
  const pending = new Map();
  let nextId = 1;

  function resolve(url) {
    const parsed = rt.parseURL(String(url), rt.currentURL());
    if (!parsed) throw new DOMException("Failed to execute 'open': Invalid URL", 'SyntaxError');
    return parsed.href;
  }

  function send(kind, method, url, headers, body, onAnswer) {
    if (body != null && typeof body !== 'string') {
      // FormData, URLSearchParams and Blob bodies bring their own Content-Type unless one was set.
      const encoded = rt.encodeBody(body);
      body = encoded.text;
      if (encoded.type && !('content-type' in headers)) headers['content-type'] = encoded.type;
    }
    const id = nextId++;
    pending.set(id, onAnswer);
    __host.send(id, kind, method, url, JSON.stringify(headers), body == null ? '' : String(body));
    return id;
  }

  function abort(id) {
    pending.delete(id);
    __host.abort(id);
  }

  rt.deliver = function (id, status, headersJSON, body, networkError) {
    const onAnswer = pending.get(id);
    if (!onAnswer) return;
    pending.delete(id);
    onAnswer({ status: status, headers: JSON.parse(headersJSON), body: body, networkError: networkError });
  };

  const statusTexts = { 200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized',
    403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 413: 'Payload Too Large',
    500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

  class XMLHttpRequest extends rt.dom.EventTarget {
    constructor() {
      super();
      this.readyState = 0;
      this.status = 0;
      this.statusText = '';
      this.responseText = '';
      this.responseType = '';
      this.timeout = 0;
      this.withCredentials = false;
      this.upload = new rt.dom.EventTarget();
      this._headers = {};
      this._answerHeaders = {};
      this._id = 0;
      this._timer = 0;
    }
    get response() {
      if (this.responseType === 'json') {
        try { return this.readyState === 4 ? JSON.parse(this.responseText) : null; } catch (e) { return null; }
      }
      return this.responseText;
    }
    get responseURL() { return this.readyState === 4 ? this._url : ''; }
    open(method, url, async) {
      if (async === false) rt.notImplemented('synchronous XMLHttpRequest');
      this._method = String(method).toUpperCase();
      this._url = resolve(url);
      this._headers = {};
      this._set(1);
    }
    setRequestHeader(name, value) {
      if (this.readyState !== 1) throw new DOMException("Failed to execute 'setRequestHeader' on 'XMLHttpRequest': The object's state must be OPENED.", 'InvalidStateError');
      const key = String(name).toLowerCase();
      this._headers[key] = key in this._headers ? this._headers[key] + ', ' + value : String(value);
    }
    getResponseHeader(name) {
      const v = this._answerHeaders[String(name).toLowerCase()];
      return v === undefined ? null : v;
    }
    getAllResponseHeaders() {
      const h = this._answerHeaders;
      return Object.keys(h).sort().map(function (k) { return k + ': ' + h[k] + '\r\n'; }).join('');
    }
    overrideMimeType() {}
    send(body) {
      if (this.readyState !== 1) throw new DOMException("Failed to execute 'send' on 'XMLHttpRequest': The object's state must be OPENED.", 'InvalidStateError');
      const self = this;
      this._fire('loadstart');
      this._id = send('xhr', this._method, this._url, this._headers, body, function (answer) {
        clearTimeout(self._timer);
        if (answer.networkError) return self._fail('error');
        self.status = answer.status;
        self.statusText = statusTexts[answer.status] || '';
        self._answerHeaders = answer.headers;
        self._set(2);
        self.responseText = answer.body;
        self._set(3);
        self._fire('progress');
        self._set(4);
        self._fire('load');
        self._fire('loadend');
      });
      if (this.timeout > 0) {
        this._timer = setTimeout(function () { abort(self._id); self._fail('timeout'); }, this.timeout);
      }
    }
    abort() {
      if (this._id) abort(this._id);
      clearTimeout(this._timer);
      if (this.readyState === 1 || this.readyState === 2 || this.readyState === 3) this._fail('abort');
      this.readyState = 0;
    }
    _fail(type) {
      this.status = 0;
      this.responseText = '';
      this._set(4);
      this._fire(type);
      this._fire('loadend');
    }
    _set(state) {
      this.readyState = state;
      this._fire('readystatechange');
    }
    _fire(type) {
      const event = new Event(type);
      const handler = this['on' + type];
      if (typeof handler === 'function') rt.callSafely(handler, this, [event]);
      this.dispatchEvent(event);
    }
  }
  XMLHttpRequest.UNSENT = 0; XMLHttpRequest.OPENED = 1; XMLHttpRequest.HEADERS_RECEIVED = 2;
  XMLHttpRequest.LOADING = 3; XMLHttpRequest.DONE = 4;
  g.XMLHttpRequest = XMLHttpRequest;

  class Headers {
    constructor(init) {
      this._map = {};
      if (init instanceof Headers) init = init._map;
      if (Array.isArray(init)) init.forEach(function (p) { this.append(p[0], p[1]); }, this);
      else if (init) Object.keys(init).forEach(function (k) { this.append(k, init[k]); }, this);
    }
    append(k, v) { k = String(k).toLowerCase(); this._map[k] = k in this._map ? this._map[k] + ', ' + v : String(v); }
    set(k, v) { this._map[String(k).toLowerCase()] = String(v); }
    get(k) { const v = this._map[String(k).toLowerCase()]; return v === undefined ? null : v; }
    has(k) { return String(k).toLowerCase() in this._map; }
    delete(k) { delete this._map[String(k).toLowerCase()]; }
    forEach(fn, thisArg) { Object.keys(this._map).sort().forEach(function (k) { fn.call(thisArg, this._map[k], k, this); }, this); }
    *entries() { for (const k of Object.keys(this._map).sort()) yield [k, this._map[k]]; }
    [Symbol.iterator]() { return this.entries(); }
  }
  g.Headers = Headers;

  class Response {
    constructor(body, init) {
      init = init || {};
      this._body = body == null ? '' : String(body);
      this.status = init.status === undefined ? 200 : init.status;
      this.statusText = init.statusText || statusTexts[this.status] || '';
      this.headers = new Headers(init.headers);
      this.ok = this.status >= 200 && this.status < 300;
      this.url = init.url || '';
      this.redirected = false;
      this.type = 'basic';
      this.bodyUsed = false;
    }
    _take() {
      if (this.bodyUsed) return Promise.reject(new TypeError("Failed to execute 'text' on 'Response': body stream already read"));
      this.bodyUsed = true;
      return Promise.resolve(this._body);
    }
    text() { return this._take(); }
    json() { return this._take().then(JSON.parse); }
    clone() { return new Response(this._body, { status: this.status, headers: this.headers._map, url: this.url }); }
  }
  g.Response = Response;
  class Request {
    constructor(input, init) {
      init = init || {};
      const from = input instanceof Request ? input : null;
      this.url = from ? from.url : resolve(input);
      this.method = String(init.method || (from ? from.method : 'GET')).toUpperCase();
      this.headers = new Headers(init.headers || (from ? from.headers : undefined));
      this._body = init.body !== undefined ? init.body : from ? from._body : null;
      if ((this.method === 'GET' || this.method === 'HEAD') && this._body != null) {
        throw new TypeError("Failed to construct 'Request': Request with GET/HEAD method cannot have body.");
      }
      this.signal = init.signal || (from ? from.signal : new AbortSignal());
      this.credentials = init.credentials || (from ? from.credentials : 'same-origin');
      this.mode = init.mode || (from ? from.mode : 'cors');
      this.cache = init.cache || 'default';
      this.redirect = init.redirect || 'follow';
      this.referrer = 'about:client';
      this.keepalive = !!init.keepalive;
      this.bodyUsed = false;
    }
    clone() { return new Request(this); }
    text() { this.bodyUsed = true; return Promise.resolve(this._body == null ? '' : rt.encodeBody(this._body).text); }
    json() { return this.text().then(JSON.parse); }
  }
  g.Request = Request;

  g.fetch = function (input, init) {
    init = init || {};
    return new Promise(function (resolveFetch, reject) {
      const request = new Request(input, init);
      const url = request.url;
      const headers = request.headers._map;
      const method = request.method;
      init = { body: request._body, signal: init.signal || (input instanceof Request ? input.signal : undefined) };
      let settled = false;
      const id = send('fetch', method, url, headers, init.body, function (answer) {
        settled = true;
        if (answer.networkError) return reject(new TypeError('Failed to fetch'));
        resolveFetch(new Response(answer.body, { status: answer.status, headers: answer.headers, url: url }));
      });
      const signal = init.signal;
      if (signal) {
        const onAbort = function () {
          if (settled) return;
          abort(id);
          reject(new DOMException('The user aborted a request.', 'AbortError'));
        };
        if (signal.aborted) onAbort(); else signal.addEventListener('abort', onAbort);
      }
    });
  };

  class AbortSignal extends rt.dom.EventTarget {
    constructor() { super(); this.aborted = false; this.reason = undefined; }
    throwIfAborted() { if (this.aborted) throw this.reason; }
    static abort(reason) {
      const c = new AbortController();
      c.abort(reason);
      return c.signal;
    }
    static timeout(ms) {
      const c = new AbortController();
      setTimeout(function () { c.abort(new DOMException('signal timed out', 'TimeoutError')); }, ms);
      return c.signal;
    }
  }
  class AbortController {
    constructor() { this.signal = new AbortSignal(); }
    abort(reason) {
      if (this.signal.aborted) return;
      this.signal.aborted = true;
      this.signal.reason = reason === undefined ? new DOMException('signal is aborted without reason', 'AbortError') : reason;
      this.signal.dispatchEvent(new Event('abort'));
    }
  }
  g.AbortController = AbortController;
  g.AbortSignal = AbortSignal;

  rt.sendBeacon = function (url, data) {
    send('beacon', 'POST', resolve(url), { 'content-type': 'text/plain;charset=UTF-8' }, data, function () {});
    return true;
  };
})();
