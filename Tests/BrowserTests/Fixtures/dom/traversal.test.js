// @html: <div id="r"><p id="a">x<b id="b">y</b></p><!--c--><p id="c"><i id="d">z</i></p><span id="e"></span></div>

const names = (list) => list.map((n) => n.id || (n.nodeType === 3 ? '#' + n.data : n.nodeName)).join(',');

test('TreeWalker nextNode walks elements in tree order', () => {
  const w = document.createTreeWalker(document.getElementById('r'), NodeFilter.SHOW_ELEMENT);
  assertEqual(w.root.id, 'r');
  assertEqual(w.whatToShow, NodeFilter.SHOW_ELEMENT);
  const seen = [];
  let n;
  while ((n = w.nextNode())) seen.push(n);
  assertEqual(names(seen), 'a,b,c,d,e');
  assertEqual(w.currentNode.id, 'e');
  const back = [];
  while ((n = w.previousNode())) back.push(n);
  assertEqual(names(back), 'd,c,b,a,r');
});

test('TreeWalker over text nodes (how phone numbers are found)', () => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = [];
  while (w.nextNode()) seen.push(w.currentNode);
  assertEqual(names(seen), '#x,#y,#z');
});

test('filters: FILTER_REJECT skips a subtree, FILTER_SKIP only the node', () => {
  const root = document.getElementById('r');
  const reject = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT,
    (n) => (n.tagName === 'P' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT));
  const a = [];
  while (reject.nextNode()) a.push(reject.currentNode);
  assertEqual(names(a), 'e');
  const skip = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT,
    { acceptNode: (n) => (n.tagName === 'P' ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT) });
  const b = [];
  while (skip.nextNode()) b.push(skip.currentNode);
  assertEqual(names(b), 'b,d,e');
});

test('parentNode, firstChild, lastChild and siblings', () => {
  const w = document.createTreeWalker(document.getElementById('r'), NodeFilter.SHOW_ELEMENT);
  assertEqual(w.firstChild().id, 'a');
  assertEqual(w.nextSibling().id, 'c', 'the comment is not shown');
  assertEqual(w.firstChild().id, 'd');
  assertEqual(w.nextSibling(), null);
  assertEqual(w.parentNode().id, 'c');
  assertEqual(w.previousSibling().id, 'a');
  assertEqual(w.parentNode().id, 'r');
  assertEqual(w.parentNode(), null, 'never leaves the root');
  assertEqual(w.lastChild().id, 'e');
  w.currentNode = document.getElementById('b');
  assertEqual(w.parentNode().id, 'a');
});

test('SHOW_COMMENT and SHOW_ALL', () => {
  const w = document.createTreeWalker(document.getElementById('r'), NodeFilter.SHOW_COMMENT);
  assertEqual(w.nextNode().data, 'c');
  assertEqual(w.nextNode(), null);
  const all = document.createTreeWalker(document.getElementById('r'));
  let count = 0;
  while (all.nextNode()) count++;
  assertEqual(count, 9);
});

test('NodeIterator includes the root and can go back', () => {
  const it = document.createNodeIterator(document.getElementById('r'), NodeFilter.SHOW_ELEMENT);
  const seen = [];
  let n;
  while ((n = it.nextNode())) seen.push(n);
  assertEqual(names(seen), 'r,a,b,c,d,e');
  assertEqual(it.previousNode().id, 'e');
  assertEqual(it.previousNode().id, 'd');
});

test('filters may answer with booleans and may throw', () => {
  const w = document.createTreeWalker(document.getElementById('r'), NodeFilter.SHOW_ELEMENT, (n) => n.tagName === 'B');
  assertEqual(w.nextNode().id, 'b');
  const bad = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL, () => { throw new RangeError('stop'); });
  assertThrows(() => bad.nextNode(), 'RangeError');
});
