// @html: <div id="root"><p id="p">text</p><ul id="list"><li>1</li></ul></div>

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test('records are delivered together in one microtask', async () => {
  const root = document.getElementById('root');
  const calls = [];
  const mo = new MutationObserver((records, observer) => calls.push({ records, observer }));
  mo.observe(root, { childList: true });
  root.appendChild(document.createElement('span'));
  root.appendChild(document.createElement('em'));
  assertEqual(calls.length, 0, 'nothing is delivered synchronously');
  await Promise.resolve();
  assertEqual(calls.length, 1);
  assertEqual(calls[0].observer, mo);
  const [r1, r2] = calls[0].records;
  assertEqual(calls[0].records.length, 2);
  assertEqual(r1.type, 'childList');
  assertEqual(r1.target, root);
  assertEqual(r1.addedNodes[0].tagName, 'SPAN');
  assertEqual(r1.previousSibling.id, 'list');
  assertEqual(r2.addedNodes[0].tagName, 'EM');
  assertEqual(r2.previousSibling.tagName, 'SPAN');
});

test('without subtree only the target itself is observed', async () => {
  const root = document.getElementById('root');
  const records = [];
  new MutationObserver((rs) => records.push(...rs)).observe(root, { childList: true });
  document.getElementById('list').appendChild(document.createElement('li'));
  await tick();
  assertEqual(records.length, 0);
});

test('subtree observes descendants: childList, attributes, characterData', async () => {
  const root = document.getElementById('root');
  const records = [];
  new MutationObserver((rs) => records.push(...rs)).observe(root, {
    childList: true, subtree: true, attributes: true, characterData: true,
  });
  const li = document.querySelector('li');
  li.remove();
  document.getElementById('p').setAttribute('class', 'on');
  document.getElementById('p').firstChild.data = 'changed';
  await tick();
  assertEqual(records.map((r) => r.type).join(','), 'childList,attributes,characterData');
  assertEqual(records[0].removedNodes[0], li);
  assertEqual(records[0].target.id, 'list');
  assertEqual(records[1].attributeName, 'class');
  assertEqual(records[1].oldValue, null, 'no old value unless asked');
  assertEqual(records[2].oldValue, null);
});

test('attributeOldValue, attributeFilter and characterDataOldValue', async () => {
  const p = document.getElementById('p');
  p.setAttribute('title', 'first');
  const records = [];
  const mo = new MutationObserver((rs) => records.push(...rs));
  mo.observe(p, { attributeFilter: ['title'], attributeOldValue: true, characterDataOldValue: true, subtree: true });
  p.setAttribute('title', 'second');
  p.setAttribute('class', 'ignored');
  p.removeAttribute('title');
  p.firstChild.data = 'new text';
  await tick();
  assertEqual(records.length, 3);
  assertEqual(records[0].oldValue, 'first');
  assertEqual(records[1].oldValue, 'second');
  assertEqual(records[2].type, 'characterData');
  assertEqual(records[2].oldValue, 'text');
});

test('style and classList changes are attribute mutations', async () => {
  const p = document.getElementById('p');
  const records = [];
  new MutationObserver((rs) => records.push(...rs)).observe(p, { attributes: true, attributeOldValue: true });
  p.classList.add('x');
  p.style.visibility = 'hidden';
  await tick();
  assertEqual(records.map((r) => r.attributeName).join(','), 'class,style');
  assertEqual(p.getAttribute('style'), 'visibility: hidden;');
});

test('takeRecords empties the queue and disconnect stops observing', async () => {
  const root = document.getElementById('root');
  let calls = 0;
  const mo = new MutationObserver(() => { calls++; });
  mo.observe(root, { childList: true });
  root.append('x');
  const taken = mo.takeRecords();
  assertEqual(taken.length, 1);
  assertEqual(taken[0].addedNodes[0].data, 'x');
  await tick();
  assertEqual(calls, 0, 'taken records are not delivered');
  mo.disconnect();
  root.append('y');
  await tick();
  assertEqual(calls, 0);
});

test('innerHTML and textContent give one record with added and removed nodes', async () => {
  const list = document.getElementById('list');
  const records = [];
  new MutationObserver((rs) => records.push(...rs)).observe(list, { childList: true });
  list.innerHTML = '<li>a</li><li>b</li>';
  list.textContent = 'plain';
  await tick();
  assertEqual(records.length, 2);
  assertEqual(records[0].addedNodes.length, 2);
  assertEqual(records[0].removedNodes.length, 1);
  assertEqual(records[1].removedNodes.length, 2);
  assertEqual(records[1].addedNodes[0].data, 'plain');
});

test('records queued during a callback arrive in a later delivery', async () => {
  const root = document.getElementById('root');
  const batches = [];
  const mo = new MutationObserver((rs) => {
    batches.push(rs.length);
    if (batches.length === 1) root.append('again');
  });
  mo.observe(root, { childList: true });
  root.append('a', 'b');
  await tick();
  assertEqual(batches.join(','), '1,1');
});

test('observe validates its options', () => {
  const mo = new MutationObserver(() => {});
  assertThrows(() => mo.observe(document.body, {}), 'TypeError');
  assertThrows(() => mo.observe(document.body, { attributes: false, attributeOldValue: true }), 'TypeError');
  assertThrows(() => mo.observe(null, { childList: true }), 'TypeError');
  assertThrows(() => new MutationObserver(), 'TypeError');
});
