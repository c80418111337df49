/// The script that records console output and uncaught errors in every page Chromium loads.
///
/// Installed with `Page.addScriptToEvaluateOnNewDocument`, so it runs before the page's own
/// scripts. WebDriver can't stream DevTools events, so messages wait in a hidden array
/// (`window.__dniConsole`) until `ChromiumBrowser` drains it. Texts are formatted like the
/// harness formats them so the two logs compare line by line.
enum ConsoleRecorder {
    /// The name of the hidden array in the page.
    static let storeName = "__dniConsole"

    /// Reads and empties the page's array.
    static let drainScript = "const m = window.\(storeName); return m ? m.splice(0) : [];"

    static let source = #"""
    (function () {
      'use strict';
      if (window.__dniConsole) return;
      const store = [];
      // Hidden from for-in and Object.keys so pages that walk window don't see it.
      Object.defineProperty(window, '__dniConsole', { value: store, enumerable: false });
      const push = (level, text) => store.push({ level, text, time: Date.now(), url: location.href });

      // Same rendering as the harness: strings as is, errors as "Name: message", objects as JSON.
      const show = (value) => {
        if (typeof value === 'string') return value;
        if (value instanceof Error) return (value.name || 'Error') + ': ' + value.message;
        if (value && typeof value === 'object') {
          try { return JSON.stringify(value); } catch (e) { return String(value); }
        }
        return String(value);
      };
      const wrap = (name, level) => {
        const original = console[name];
        console[name] = function () {
          push(level, Array.prototype.map.call(arguments, show).join(' '));
          if (original) return original.apply(console, arguments);
        };
      };
      [['log', 'log'], ['info', 'info'], ['warn', 'warn'], ['error', 'error'], ['debug', 'debug'],
       ['trace', 'debug'], ['group', 'log'], ['groupCollapsed', 'log'], ['table', 'log'], ['dir', 'log']]
        .forEach((pair) => wrap(pair[0], pair[1]));
      const assert = console.assert;
      console.assert = function (condition) {
        if (!condition) {
          const rest = Array.prototype.slice.call(arguments, 1).map(show);
          push('error', ['Assertion failed:'].concat(rest).join(' '));
        }
        return assert.apply(console, arguments);
      };

      // Capture phase sees both uncaught script errors (on window) and failed <script> loads (on elements).
      window.addEventListener('error', (event) => {
        const target = event.target;
        if (target && target !== window && target.tagName === 'SCRIPT') {
          push('error', 'Failed to load script: ' + target.src);
          return;
        }
        const error = event.error;
        if (error && typeof error === 'object' && 'message' in error) {
          push('error', 'Uncaught ' + (error.name || 'Error') + ': ' + error.message);
        } else {
          push('error', 'Uncaught ' + (event.message || String(error)).replace(/^Uncaught /, ''));
        }
      }, true);
      window.addEventListener('unhandledrejection', (event) => {
        push('error', 'Uncaught (in promise) ' + show(event.reason));
      });
    })();
    """#
}
