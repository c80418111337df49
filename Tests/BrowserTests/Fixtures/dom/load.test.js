// Incremental loading: scripts run as soon as they are inserted and see only what precedes them.

const tree = [9, [
  [10, 'html'],
  [1, 'html', [], [
    [1, 'head', [], [[1, 'script', ['id', 's1'], [[3, 'one']], 0]], 0],
    [1, 'body', ['class', 'b'], [
      [1, 'p', ['id', 'before'], [[3, 'before']], 0],
      [1, 'script', ['id', 's2'], [[3, 'two']], 0],
      [1, 'p', ['id', 'after'], [[3, 'after']], 0],
      [1, 'template', [], [[1, 'script', [], [[3, 'inert']], 0]], 0],
      [1, 'svg', [], [[1, 'script', [], [], 1]], 1],
      [8, 'end'],
    ], 0],
  ], 0],
]];

test('a new document is empty and loading', () => {
  const doc = __rt.dom.createDocument();
  assertEqual(doc.readyState, 'loading');
  assertEqual(doc.documentElement, null);
  assertEqual(doc.childNodes.length, 0);
  assert(doc instanceof Document);
});

test('each script runs after its text and before what follows', () => {
  const doc = __rt.dom.createDocument();
  const seen = [];
  __rt.dom.load(doc, tree, (script) => {
    seen.push({
      id: script.id,
      text: script.textContent,
      current: doc.currentScript,
      before: !!doc.getElementById('before'),
      after: !!doc.getElementById('after'),
      body: !!doc.body,
      last: script.parentNode.lastChild === script,
    });
  });
  assertEqual(seen.length, 2, 'scripts in templates and SVG are not HTML scripts run by the parser');
  assertEqual(seen[0].id, 's1');
  assertEqual(seen[0].text, 'one');
  assertEqual(seen[0].body, false);
  assertEqual(seen[0].current.id, 's1');
  assertEqual(seen[1].text, 'two');
  assertEqual(seen[1].before, true);
  assertEqual(seen[1].after, false);
  assertEqual(seen[1].last, true);
  assertEqual(doc.currentScript, null);
  assertEqual(doc.body.className, 'b');
  assertEqual(doc.body.lastChild.nodeType, Node.COMMENT_NODE);
  assertEqual(doc.querySelector('svg').namespaceURI, 'http://www.w3.org/2000/svg');
  assertEqual(doc.querySelector('template').content.firstChild.textContent, 'inert');
  assertEqual(doc.doctype.name, 'html');
  assertEqual(doc.getElementById('after').ownerDocument, doc);
});

test('an observer created by a script sees the parser insertions that follow', async () => {
  const doc = __rt.dom.createDocument();
  const records = [];
  __rt.dom.load(doc, tree, (script) => {
    if (script.id === 's1') return;
    new MutationObserver((rs) => records.push(...rs)).observe(doc, { childList: true, subtree: true });
  });
  await Promise.resolve();
  const added = records.map((r) => r.addedNodes[0]);
  assert(!added.some((n) => n.id === 'before'), 'nothing from before the observer existed');
  assert(added.some((n) => n.id === 'after'), 'later insertions are reported');
  assert(added.some((n) => n.nodeType === 3 && n.data === 'after'), 'with their text');
});

test('a script can change the document while it loads', () => {
  const doc = __rt.dom.createDocument();
  __rt.dom.load(doc, tree, (script) => {
    if (script.id === 's2') doc.getElementById('before').textContent = 'changed';
  });
  assertEqual(doc.getElementById('before').textContent, 'changed');
  assertEqual(doc.getElementById('after').textContent, 'after');
});
