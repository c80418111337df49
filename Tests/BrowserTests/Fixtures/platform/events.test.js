// @html: <!DOCTYPE html><html><head></head><body><button id="b">b</button></body></html>

test('UI event subclasses carry their init values and inherit from Event', () => {
  const m = new MouseEvent('click', { bubbles: true, clientX: 5, button: 1, ctrlKey: true });
  assert(m instanceof MouseEvent && m instanceof UIEvent && m instanceof Event);
  assertEqual(m.clientX, 5);
  assertEqual(m.button, 1);
  assertEqual(m.ctrlKey, true);
  assertEqual(m.shiftKey, false);
  assertEqual(m.bubbles, true);
  assertEqual(m.getModifierState('ctrl'), true);
  const k = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13 });
  assertEqual(k.key, 'Enter');
  assertEqual(k.keyCode, 13);
  assert(new FocusEvent('focus') instanceof UIEvent);
  assertEqual(new InputEvent('input', { data: 'a', inputType: 'insertText' }).inputType, 'insertText');
  assert(new PointerEvent('pointerdown') instanceof MouseEvent);
  assertEqual(new CustomEvent('x', { detail: { a: 1 } }).detail.a, 1);
});

test('createEvent knows the legacy names and their init methods', () => {
  const e = document.createEvent('MouseEvents');
  assert(e instanceof MouseEvent);
  e.initMouseEvent('click', true, true, window, 0, 0, 0, 7, 8, false, false, true, false, 0, null);
  assertEqual(e.clientY, 8);
  assertEqual(e.shiftKey, true);
  let got = null;
  document.getElementById('b').addEventListener('click', (ev) => { got = ev; });
  document.getElementById('b').dispatchEvent(e);
  assertEqual(got, e);
  assert(document.createEvent('CustomEvent') instanceof CustomEvent);
  assertThrows(() => document.createEvent('Nope'), 'NotSupportedError');
});

test('MessageChannel delivers each message as its own task, in order', () => {
  const ch = new MessageChannel();
  const got = [];
  ch.port1.onmessage = (e) => got.push(e.data);
  ch.port2.postMessage({ n: 1 });
  ch.port2.postMessage('two');
  assertEqual(got.length, 0, 'not delivered synchronously');
  assertThrows(() => ch.port2.postMessage(() => {}), 'DataCloneError');
  return new Promise((resolve) => setTimeout(resolve, 5)).then(() => {
    assertEqual(JSON.stringify(got), '[{"n":1},"two"]');
  });
});

test('window.postMessage dispatches a MessageEvent on window for the same origin', () => {
  const got = [];
  window.addEventListener('message', (e) => got.push([e.data, e.origin, e.source === window]));
  window.postMessage('hi', '*');
  window.postMessage('other', 'https://elsewhere.example');
  window.postMessage('same', location.origin);
  return new Promise((resolve) => setTimeout(resolve, 5)).then(() => {
    assertEqual(JSON.stringify(got), '[["hi","https://test.example",true],["same","https://test.example",true]]');
  });
});

test('IntersectionObserver and ResizeObserver report every target once, as one batch', () => {
  const b = document.getElementById('b');
  const d = document.createElement('div');
  document.body.appendChild(d);
  const calls = [];
  const io = new IntersectionObserver((entries, obs) => calls.push(['io', entries.length, entries[0].isIntersecting, entries[0].intersectionRatio, obs === io]));
  io.observe(b);
  io.observe(d);
  io.observe(b);
  const ro = new ResizeObserver((entries) => calls.push(['ro', entries.length, entries[0].contentRect.width]));
  ro.observe(b);
  const gone = new IntersectionObserver(() => calls.push(['gone']));
  gone.observe(b);
  gone.unobserve(b);
  assertThrows(() => new IntersectionObserver(null), 'TypeError');
  assertThrows(() => io.observe({}), 'TypeError');
  return new Promise((resolve) => setTimeout(resolve, 50)).then(() => {
    assertEqual(JSON.stringify(calls), '[["io",2,true,1,true],["ro",1,0]]');
  });
});
