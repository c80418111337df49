// Starting a page: configuration from the harness, then the document built in order with its scripts.
(function () {
  'use strict';
  const rt = __rt;
  const g = globalThis;

  rt.boot = function (config) {
    rt.seedRandom(config.seed);
    rt.setPageURL(config.url);
    rt.configureNavigator(config);
    const document = rt.dom.createDocument();
    rt.installDocumentProperties(document, config);
    g.document = document;
    rt.dom.scriptingDoc = document;
  };

  // Runs a parser-inserted script element: inline text, or a synchronous load of its src.
  let scriptIndex = -1;
  function runScript(element, inserted) {
    if (!inserted) scriptIndex++;
    const type = (element.getAttribute('type') || '').trim().toLowerCase();
    if (type && type !== 'text/javascript' && type !== 'application/javascript' && type !== 'module') return;
    if (type === 'module') return rt.notImplemented('module scripts');
    const src = element.getAttribute('src');
    const previous = rt.currentScript;
    rt.currentScript = element;
    try {
      if (src !== null) {
        const url = rt.parseURL(src, rt.currentURL());
        // The host runs the script itself when it loads.
        if (url && __host.loadScript(url.href, element.getAttribute('integrity'))) {
          element.dispatchEvent(new Event('load'));
        } else {
          // As Chromium reports a script that did not load (missing, HTTP error, blocked by integrity).
          console.error('Failed to load script: ' + (url ? url.href : src));
          element.dispatchEvent(new Event('error'));
        }
      } else {
        __host.evaluate(element.textContent, rt.currentURL().href, inserted ? -1 : scriptIndex);
      }
    } finally {
      rt.currentScript = previous;
    }
  }

  // A script that a page script inserts: inline text runs at once, a src loads as its own task.
  rt.dom.runInsertedScript = function (element) {
    if (element.getAttribute('src') === null) { runScript(element, true); return; }
    setTimeout(function () { runScript(element, true); }, 0);
  };

  rt.loadDocument = function (tree) {
    const document = g.document;
    Object.defineProperty(document, 'currentScript', { configurable: true, get: function () { return rt.currentScript || null; } });
    rt.dom.load(document, tree, runScript);
    document._readyState = 'interactive';
    document.dispatchEvent(new Event('readystatechange'));
    document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    // load fires as its own task, after what the scripts queued at zero delay.
    setTimeout(function () {
      document._readyState = 'complete';
      document.dispatchEvent(new Event('readystatechange'));
      g.dispatchEvent(new Event('load'));
      const pageshow = new Event('pageshow');
      pageshow.persisted = false;
      g.dispatchEvent(pageshow);
    }, 0);
  };

  rt.serializeDocument = function () {
    return rt.dom.serialize(g.document, false);
  };

})();
