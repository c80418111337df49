// @html: <!DOCTYPE html><html><head></head><body><div id="d"></div></body></html>

test('window is a Window and an EventTarget', () => {
  assert(window === globalThis && self === window && window.window === window, 'window, self and globalThis are one object');
  assert(window instanceof Window, 'window instanceof Window');
  assert(window instanceof EventTarget, 'window instanceof EventTarget');
  assert(!(window instanceof Node), 'but not a Node');
  assert(!(document instanceof Window), 'and nothing else is a Window');
  assertEqual(window.constructor, Window);
  assert(Window.prototype instanceof EventTarget, 'Window.prototype inherits from EventTarget.prototype');
  assertEqual(Object.prototype.toString.call(window), '[object Window]');
  assertEqual(String(window), '[object Window]');
  assertEqual(window.addEventListener, EventTarget.prototype.addEventListener);
  assertThrows(() => new Window(), 'TypeError');
});

test('a plain-object check in the style of jQuery says window is not a plain object', () => {
  const isPlainObject = (obj) => !!obj && Object.prototype.toString.call(obj) === '[object Object]';
  assert(!isPlainObject(window));
  assert(isPlainObject({}));
});

test('every interface has its class string', () => {
  const el = document.getElementById('d');
  assertEqual(Object.prototype.toString.call(document), '[object Document]');
  assertEqual(Object.prototype.toString.call(el), '[object HTMLDivElement]');
  assertEqual(Object.prototype.toString.call(document.createTextNode('x')), '[object Text]');
  assertEqual(Object.prototype.toString.call(document.querySelectorAll('div')), '[object NodeList]');
  assertEqual(Object.prototype.toString.call(document.body.children), '[object HTMLCollection]');
  assertEqual(Object.prototype.toString.call(new Event('x')), '[object Event]');
  assertEqual(Object.prototype.toString.call(new MouseEvent('click')), '[object MouseEvent]');
  assertEqual(Object.prototype.toString.call(navigator), '[object Navigator]');
  assertEqual(Object.prototype.toString.call(new FormData()), '[object FormData]');
  assertEqual(Object.prototype.toString.call(getComputedStyle(el)), '[object CSSStyleDeclaration]');
});

test('an absent optional feature reads as undefined and is recorded', () => {
  assertEqual(typeof window.indexedDB, 'undefined');
  assertEqual(typeof WebSocket, 'undefined');
  assert(!window.Notification, 'feature detection takes the fallback');
  assert(__rt.missing.includes('indexedDB'), 'indexedDB is recorded');
  assert(__rt.missing.includes('WebSocket'), 'WebSocket is recorded');
  assert(!__rt.missing.includes('FormData'), 'implemented features are not recorded');
  window.WebSocket = function Poly() {};
  assertEqual(typeof WebSocket, 'function', 'a polyfill replaces the absent feature');
});

test('an unimplemented method on an implemented object throws a clear error and is recorded', () => {
  const form = document.createElement('form');
  const e = assertThrows(() => form.submit(), 'Error');
  assert(/not implemented in the harness: HTMLFormElement.submit/.test(e.message), e.message);
  assert(__rt.missing.includes('HTMLFormElement.submit'));
});

test('matchMedia answers for media types and no size queries', () => {
  const mq = matchMedia('(min-width: 600px)');
  assert(mq instanceof MediaQueryList && mq instanceof EventTarget);
  assertEqual(mq.matches, false);
  assertEqual(mq.media, '(min-width: 600px)');
  assertEqual(matchMedia('screen').matches, true);
  mq.addListener(() => {});
  assertThrows(() => matchMedia(), 'TypeError');
});

test('queueMicrotask runs before timers and after the current script', () => {
  const order = [];
  setTimeout(() => order.push('timer'), 0);
  queueMicrotask(() => order.push('micro'));
  order.push('sync');
  assertThrows(() => queueMicrotask(1), 'TypeError');
  return new Promise((resolve) => setTimeout(resolve, 1)).then(() => {
    assertEqual(order.join(), 'sync,micro,timer');
  });
});

test('window.onload and on<event> properties of window are wired to events', () => {
  let seen = 0;
  window.onmessage = () => { seen++; };
  window.dispatchEvent(new MessageEvent('message', { data: 1 }));
  assertEqual(seen, 1);
  window.onmessage = null;
  window.dispatchEvent(new MessageEvent('message'));
  assertEqual(seen, 1);
});
