// location, history and the document's URL-related properties.
(function () {
  'use strict';
  const rt = __rt;
  const g = globalThis;
  let current = null; // the page URL, parsed
  let referrer = '';

  rt.currentURL = function () { return current; };

  rt.setPageURL = function (href) {
    current = rt.parseURL(href);
    if (!current) throw new TypeError('invalid page URL: ' + href);
  };

  function navigate(target, replace) {
    const url = rt.parseURL(String(target), current);
    if (!url) throw new DOMException("Failed to set 'href' on 'Location': '" + target + "' is not a valid URL.", 'SyntaxError');
    // A change of fragment alone stays in the document.
    const sameDoc = url.href.split('#')[0] === current.href.split('#')[0] && url.hash !== '' ;
    if (sameDoc) {
      const old = current.href;
      current = url;
      __host.setURL(url.href, !replace);
      if (old !== url.href) {
        setTimeout(function () {
          const e = new Event('hashchange');
          e.oldURL = old; e.newURL = url.href;
          g.dispatchEvent(e);
        }, 0);
      }
      return;
    }
    __host.navigate(url.href, current.href);
  }

  const location = {
    toString: function () { return current.href; },
    valueOf: function () { return this; },
    assign: function (url) { navigate(url, false); },
    replace: function (url) { navigate(url, true); },
    reload: function () { __host.navigate(current.href, referrer); }
  };
  ['href', 'protocol', 'host', 'hostname', 'port', 'pathname', 'search', 'hash', 'origin'].forEach(function (key) {
    Object.defineProperty(location, key, {
      enumerable: true,
      get: function () { return current[key]; },
      set: function (value) {
        if (key === 'origin') return;
        if (key === 'href') return navigate(value, false);
        const next = rt.parseURL(current.href);
        next[key] = value;
        navigate(next.href, false);
      }
    });
  });
  Object.defineProperty(g, 'location', {
    configurable: true, enumerable: true,
    get: function () { return location; },
    set: function (value) { navigate(value, false); }
  });

  function changeState(push) {
    return function (state, title, url) {
      if (url !== undefined && url !== null) {
        const next = rt.parseURL(String(url), current);
        if (!next || next.origin !== current.origin) {
          throw new DOMException("Failed to execute '" + (push ? 'pushState' : 'replaceState') +
            "' on 'History': A history state object with URL '" + url + "' cannot be created in a document with origin '" + current.origin + "'.", 'SecurityError');
        }
        current = next;
        __host.setURL(next.href, push);
      }
      historyState = state === undefined ? null : state;
      if (push) historyLength++;
    };
  }
  let historyState = null;
  let historyLength = 1;
  g.history = {
    get length() { return historyLength; },
    get state() { return historyState; },
    scrollRestoration: 'auto',
    pushState: changeState(true),
    replaceState: changeState(false),
    back: function () { rt.notImplemented('history.back'); },
    forward: function () { rt.notImplemented('history.forward'); },
    go: function () { rt.notImplemented('history.go'); }
  };

  // Document properties that depend on the page rather than the tree.
  rt.installDocumentProperties = function (document, config) {
    referrer = config.referrer || '';
    let hidden = false;
    const define = function (name, get, set) {
      Object.defineProperty(document, name, { configurable: true, enumerable: true, get: get, set: set });
    };
    define('URL', function () { return current.href; });
    define('documentURI', function () { return current.href; });
    define('baseURI', function () { return current.href; });
    define('domain', function () { return current.hostname; });
    define('referrer', function () { return referrer; });
    define('location', function () { return location; }, function (v) { navigate(v, false); });
    define('defaultView', function () { return g; });
    define('cookie', function () { return __host.getCookie(); }, function (v) { __host.setCookie(String(v)); });
    define('visibilityState', function () { return hidden ? 'hidden' : 'visible'; });
    define('hidden', function () { return hidden; });
    rt.setVisibility = function (isHidden) {
      if (hidden === !!isHidden) return;
      hidden = !!isHidden;
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    };
    document.hasFocus = function () { return !hidden; };
    document.write = document.writeln = function () { rt.notImplemented('document.write'); };
  };
})();
