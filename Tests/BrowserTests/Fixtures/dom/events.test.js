// @html: <div id="outer"><div id="inner"><button id="btn">go</button></div></div>

const el = (id) => document.getElementById(id);

test('capture, target and bubble phases run in order, then the window', () => {
  const log = [];
  const add = (node, name, capture) => node.addEventListener('ping', (e) => {
    log.push(name + ':' + e.eventPhase + ':' + (e.currentTarget === node));
  }, capture);
  add(window, 'win-c', true);
  add(document, 'doc-c', true);
  add(el('outer'), 'outer-c', true);
  add(el('btn'), 'btn-b', false);
  add(el('btn'), 'btn-c', true);
  add(el('inner'), 'inner-b', false);
  add(document, 'doc-b', false);
  add(window, 'win-b', false);
  const ev = new Event('ping', { bubbles: true });
  assertEqual(el('btn').dispatchEvent(ev), true);
  assertEqual(log.join(' '), 'win-c:1:true doc-c:1:true outer-c:1:true btn-c:2:true btn-b:2:true inner-b:3:true doc-b:3:true win-b:3:true');
  assertEqual(ev.target, el('btn'));
  assertEqual(ev.currentTarget, null, 'reset after dispatch');
  assertEqual(ev.eventPhase, 0);
});

test('non-bubbling events stop at the target', () => {
  const log = [];
  el('outer').addEventListener('ping', () => log.push('outer-bubble'));
  el('outer').addEventListener('ping', () => log.push('outer-capture'), { capture: true });
  el('btn').addEventListener('ping', () => log.push('btn'));
  el('btn').dispatchEvent(new Event('ping'));
  assertEqual(log.join(','), 'outer-capture,btn');
});

test('stopPropagation and stopImmediatePropagation', () => {
  const log = [];
  el('btn').addEventListener('a', (e) => { log.push('1'); e.stopPropagation(); });
  el('btn').addEventListener('a', () => log.push('2'));
  el('inner').addEventListener('a', () => log.push('inner'));
  el('btn').dispatchEvent(new Event('a', { bubbles: true }));
  assertEqual(log.join(','), '1,2', 'other listeners on the same node still run');
  log.length = 0;
  el('btn').addEventListener('b', (e) => { log.push('1'); e.stopImmediatePropagation(); });
  el('btn').addEventListener('b', () => log.push('2'));
  el('btn').dispatchEvent(new Event('b', { bubbles: true }));
  assertEqual(log.join(','), '1');
});

test('once, duplicates, removeEventListener and handleEvent objects', () => {
  let n = 0;
  const f = () => { n++; };
  const b = el('btn');
  b.addEventListener('x', f, { once: true });
  b.addEventListener('x', f, { once: true });
  b.dispatchEvent(new Event('x'));
  b.dispatchEvent(new Event('x'));
  assertEqual(n, 1);
  b.addEventListener('y', f);
  b.addEventListener('y', f, true);
  b.dispatchEvent(new Event('y'));
  assertEqual(n, 3, 'capture and non-capture registrations are distinct');
  b.removeEventListener('y', f);
  b.removeEventListener('y', f, { capture: true });
  b.dispatchEvent(new Event('y'));
  assertEqual(n, 3);
  const obj = { count: 0, handleEvent(e) { this.count++; assertEqual(e.type, 'z'); } };
  b.addEventListener('z', obj);
  b.dispatchEvent(new Event('z'));
  assertEqual(obj.count, 1);
});

test('preventDefault, cancelable and passive listeners', () => {
  const b = el('btn');
  b.addEventListener('c', (e) => e.preventDefault());
  const cancelable = new Event('c', { cancelable: true });
  assertEqual(b.dispatchEvent(cancelable), false);
  assert(cancelable.defaultPrevented);
  const plain = new Event('c');
  assertEqual(b.dispatchEvent(plain), true, 'not cancelable');
  assert(!plain.defaultPrevented);
  b.addEventListener('d', (e) => e.preventDefault(), { passive: true });
  const passive = new Event('d', { cancelable: true });
  assertEqual(b.dispatchEvent(passive), true, 'passive listeners cannot cancel');
});

test('CustomEvent carries detail; a listener that throws does not stop the others', () => {
  const log = [];
  const b = el('btn');
  b.addEventListener('custom', () => { throw new Error('boom'); });
  b.addEventListener('custom', (e) => log.push(e.detail.n));
  const ev = new CustomEvent('custom', { detail: { n: 5 } });
  b.dispatchEvent(ev);
  assertEqual(log.join(), '5');
  assertEqual(new CustomEvent('q').detail, null);
  assert(ev instanceof Event);
});

test('dispatching the same event twice at once is an error', () => {
  const b = el('btn');
  const ev = new Event('r');
  let inner = null;
  b.addEventListener('r', () => { try { b.dispatchEvent(ev); } catch (e) { inner = e.name; } });
  b.dispatchEvent(ev);
  assertEqual(inner, 'InvalidStateError');
  assertThrows(() => b.dispatchEvent({ type: 'r' }), 'TypeError');
});

test('click() and on-event properties', () => {
  const b = el('btn');
  const log = [];
  b.onclick = (e) => { log.push('prop:' + e.type + ':' + e.bubbles); return false; };
  el('outer').addEventListener('click', (e) => log.push('outer:' + e.defaultPrevented));
  b.click();
  assertEqual(log.join(','), 'prop:click:true,outer:true');
  assertEqual(typeof b.onclick, 'function');
  b.onclick = null;
  b.click();
  assertEqual(log.length, 3);
});

test('document.createEvent and initEvent', () => {
  const ev = document.createEvent('Event');
  ev.initEvent('legacy', true, true);
  let seen = false;
  document.addEventListener('legacy', () => { seen = true; });
  el('btn').dispatchEvent(ev);
  assert(seen);
  assertThrows(() => document.createEvent('Nope'), 'NotSupportedError');
});

test('load events on the document do not reach the window', () => {
  let reached = false;
  window.addEventListener('load', () => { reached = true; });
  document.dispatchEvent(new Event('load', { bubbles: true }));
  assert(!reached);
});
