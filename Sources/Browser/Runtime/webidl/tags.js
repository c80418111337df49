// Web IDL class strings: every interface's prototype carries its name as Symbol.toStringTag, so
// Object.prototype.toString.call(node) is "[object HTMLDivElement]" rather than "[object Object]".
// (Libraries such as jQuery and lodash decide what a value is from this string.)
(() => {
  'use strict';
  const g = globalThis;
  const names = ['EventTarget', 'Event', 'CustomEvent', 'Node', 'Element', 'CharacterData', 'Text', 'Comment',
    'DocumentType', 'DocumentFragment', 'Document', 'XMLDocument', 'DOMImplementation', 'DOMParser',
    'XMLSerializer', 'NodeList', 'HTMLCollection', 'NamedNodeMap', 'Attr', 'DOMTokenList', 'DOMException',
    'MutationObserver', 'MutationRecord', 'TreeWalker', 'NodeIterator', 'AbstractRange', 'Range', 'StaticRange',
    'CSSStyleDeclaration', 'DOMRectReadOnly', 'DOMRect', 'DOMRectList', 'MediaQueryList', 'IntersectionObserver',
    'IntersectionObserverEntry', 'ResizeObserver', 'ResizeObserverEntry', 'ResizeObserverSize', 'MessageChannel',
    'MessagePort', 'FormData', 'Blob', 'File', 'Headers', 'Request', 'Response', 'AbortController', 'AbortSignal',
    'XMLHttpRequest', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'Storage', 'Location', 'History'];
  for (const name of names) {
    const C = g[name];
    if (typeof C !== 'function' || !C.prototype) continue;
    if (Object.prototype.hasOwnProperty.call(C.prototype, Symbol.toStringTag)) continue;
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: name, configurable: true });
  }
})();
