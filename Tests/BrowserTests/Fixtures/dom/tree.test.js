// @html: <!DOCTYPE html><html><head><title> The  page </title></head><body><div id="a"><p id="p1">one</p><!--c--><p id="p2">two <b>bold</b></p></div><ul id="list"><li>1</li><li>2</li><li>3</li></ul></body></html>

test('navigation between parents, children and siblings', () => {
  const a = document.getElementById('a');
  const p1 = document.getElementById('p1');
  const p2 = document.getElementById('p2');
  assertEqual(a.parentNode, document.body);
  assertEqual(a.parentElement, document.body);
  assertEqual(document.documentElement.parentElement, null);
  assertEqual(document.documentElement.parentNode, document);
  assertEqual(a.childNodes.length, 3);
  assertEqual(a.children.length, 2);
  assertEqual(a.childElementCount, 2);
  assertEqual(a.firstChild, p1);
  assertEqual(a.lastChild, p2);
  assertEqual(p1.nextSibling.nodeType, Node.COMMENT_NODE);
  assertEqual(p1.nextElementSibling, p2);
  assertEqual(p2.previousElementSibling, p1);
  assertEqual(p1.previousSibling, null);
  assertEqual(a.firstElementChild, p1);
  assertEqual(a.lastElementChild, p2);
  assertEqual(a.childNodes.item(1).data, 'c');
  assertEqual(a.childNodes.item(9), null);
  assertEqual(p1.ownerDocument, document);
  assertEqual(document.ownerDocument, null);
});

test('names, types and document shortcuts', () => {
  const p1 = document.getElementById('p1');
  assertEqual(p1.tagName, 'P');
  assertEqual(p1.nodeName, 'P');
  assertEqual(p1.localName, 'p');
  assertEqual(p1.namespaceURI, 'http://www.w3.org/1999/xhtml');
  assertEqual(p1.firstChild.nodeName, '#text');
  assertEqual(document.nodeName, '#document');
  assertEqual(document.doctype.name, 'html');
  assertEqual(document.head.tagName, 'HEAD');
  assertEqual(document.body.tagName, 'BODY');
  assertEqual(document.documentElement.tagName, 'HTML');
  assertEqual(document.title, 'The page');
  document.title = 'New';
  assertEqual(document.querySelector('title').textContent, 'New');
  assert(p1 instanceof HTMLElement && p1 instanceof Element && p1 instanceof Node && p1 instanceof EventTarget);
});

test('textContent, nodeValue and data', () => {
  const p2 = document.getElementById('p2');
  assertEqual(p2.textContent, 'two bold');
  assertEqual(document.getElementById('a').textContent, 'onetwo bold', 'comments are not text');
  assertEqual(document.textContent, null);
  assertEqual(p2.nodeValue, null);
  const t = p2.firstChild;
  assertEqual(t.nodeValue, 'two ');
  t.data = 'three ';
  assertEqual(p2.textContent, 'three bold');
  p2.textContent = 'plain <b>';
  assertEqual(p2.childNodes.length, 1);
  assertEqual(p2.firstChild.data, 'plain <b>');
  p2.textContent = '';
  assertEqual(p2.childNodes.length, 0);
  assertEqual(p2.innerText, '');
});

test('appendChild, insertBefore, removeChild, replaceChild', () => {
  const list = document.getElementById('list');
  const li = document.createElement('li');
  li.textContent = '4';
  assertEqual(list.appendChild(li), li);
  assertEqual(list.lastChild, li);
  const first = document.createElement('li');
  list.insertBefore(first, list.firstChild);
  assertEqual(list.children[0], first);
  assertEqual(list.children.length, 5);
  list.insertBefore(li, first);
  assertEqual(list.firstChild, li, 'moving an existing child');
  assertEqual(list.children.length, 5);
  assertEqual(list.removeChild(li), li);
  assertEqual(li.parentNode, null);
  const repl = document.createElement('li');
  assertEqual(list.replaceChild(repl, first), first);
  assertEqual(list.firstChild, repl);
  assertEqual(Array.from(list.children).map((e) => e.textContent).join(','), ',1,2,3');
});

test('tree mutation errors', () => {
  const a = document.getElementById('a');
  const p1 = document.getElementById('p1');
  assertThrows(() => p1.appendChild(a), 'HierarchyRequestError', 'ancestor into descendant');
  assertThrows(() => a.appendChild(a), 'HierarchyRequestError');
  assertThrows(() => a.removeChild(document.body), 'NotFoundError');
  assertThrows(() => a.insertBefore(document.createElement('i'), document.body), 'NotFoundError');
  assertThrows(() => document.appendChild(document.createElement('div')), 'HierarchyRequestError');
  assertThrows(() => p1.firstChild.appendChild(document.createElement('i')), 'HierarchyRequestError');
  assertThrows(() => a.appendChild('text'), 'TypeError');
});

// A page that nests thousands of elements one append at a time (hostile/scenarios/deep-append.yaml) must cost
// its size: appending a new leaf may not walk up to the root, as the ancestor check and the connected test did.
test('appending a new leaf deep in the tree walks no ancestors', () => {
  const top = document.createElement('div');
  document.body.appendChild(top);
  let at = top;
  for (let i = 0; i < 200; i++) at = at.appendChild(document.createElement('div'));
  let reads = 0;
  let parent = top._parent;
  Object.defineProperty(top, '_parent', { configurable: true, get() { reads++; return parent; }, set(v) { parent = v; } });
  for (let i = 0; i < 100; i++) at = at.appendChild(document.createElement('div'));
  at.appendChild(document.createTextNode('bottom'));
  assertEqual(reads, 0, 'reads of the root\'s parent while appending leaves');
  assertEqual(at.isConnected, true);
  assert(reads > 0, 'the counter sees a walk up');
  // A subtree that holds a script is still tested for being connected, and its script runs.
  const holder = document.createElement('span');
  const script = document.createElement('script');
  script.textContent = 'window.__ranDeep = true;';
  holder.appendChild(script);
  at.appendChild(holder);
  assertEqual(window.__ranDeep, true);
  assertThrows(() => at.appendChild(top), 'HierarchyRequestError', 'an ancestor with children is still refused');
});

test('childNodes is live', () => {
  const list = document.getElementById('list');
  const nodes = list.childNodes;
  list.appendChild(document.createElement('li'));
  assertEqual(nodes.length, 4);
  while (list.firstChild) list.removeChild(list.firstChild);
  assertEqual(nodes.length, 0);
});

test('append, prepend, before, after, replaceWith, remove, replaceChildren', () => {
  const list = document.getElementById('list');
  const x = document.createElement('li');
  list.append('tail', x);
  assertEqual(list.lastChild, x);
  assertEqual(x.previousSibling.data, 'tail');
  list.prepend('head');
  assertEqual(list.firstChild.data, 'head');
  x.before('b1', 'b2');
  assertEqual(x.previousSibling.data, 'b2');
  x.after('a1');
  assertEqual(x.nextSibling.data, 'a1');
  const y = document.createElement('em');
  x.replaceWith(y, 'r');
  assertEqual(x.parentNode, null);
  assertEqual(y.nextSibling.data, 'r');
  y.remove();
  assertEqual(y.parentNode, null);
  y.remove();
  list.replaceChildren('only');
  assertEqual(list.childNodes.length, 1);
  assertEqual(list.textContent, 'only');
});

test('document fragments move their children', () => {
  const frag = document.createDocumentFragment();
  frag.append(document.createElement('i'), document.createElement('b'));
  assertEqual(frag.childNodes.length, 2);
  const a = document.getElementById('a');
  a.insertBefore(frag, a.firstChild);
  assertEqual(frag.childNodes.length, 0);
  assertEqual(a.children[0].tagName, 'I');
  assertEqual(a.children[1].tagName, 'B');
  assertEqual(a.children[1].nextElementSibling.id, 'p1');
});

test('contains, isConnected, getRootNode, compareDocumentPosition', () => {
  const a = document.getElementById('a');
  const p1 = document.getElementById('p1');
  const p2 = document.getElementById('p2');
  assert(a.contains(p1));
  assert(a.contains(a));
  assert(!p1.contains(a));
  assert(!a.contains(null));
  assert(p1.isConnected);
  const loose = document.createElement('div');
  const inner = loose.appendChild(document.createElement('span'));
  assert(!inner.isConnected);
  assertEqual(inner.getRootNode(), loose);
  assertEqual(p1.getRootNode(), document);
  assertEqual(p1.compareDocumentPosition(p2), Node.DOCUMENT_POSITION_FOLLOWING);
  assertEqual(p2.compareDocumentPosition(p1), Node.DOCUMENT_POSITION_PRECEDING);
  assertEqual(a.compareDocumentPosition(p1), Node.DOCUMENT_POSITION_CONTAINED_BY | Node.DOCUMENT_POSITION_FOLLOWING);
  assertEqual(p1.compareDocumentPosition(a), Node.DOCUMENT_POSITION_CONTAINS | Node.DOCUMENT_POSITION_PRECEDING);
  assertEqual(p1.compareDocumentPosition(p1), 0);
  assert(p1.compareDocumentPosition(loose) & Node.DOCUMENT_POSITION_DISCONNECTED);
});

test('cloneNode shallow and deep', () => {
  const p2 = document.getElementById('p2');
  p2.setAttribute('class', 'x');
  const shallow = p2.cloneNode();
  assertEqual(shallow.childNodes.length, 0);
  assertEqual(shallow.getAttribute('class'), 'x');
  const deep = p2.cloneNode(true);
  assertEqual(deep.textContent, 'two bold');
  assertEqual(deep.parentNode, null);
  assert(deep.isEqualNode(p2));
  deep.setAttribute('class', 'y');
  assertEqual(p2.className, 'x', 'clone has its own attributes');
  assert(!deep.isEqualNode(p2));
});

test('normalize merges and drops text nodes', () => {
  const div = document.createElement('div');
  div.append('a', '', 'b', document.createElement('i'), 'c');
  div.lastChild.before('');
  div.normalize();
  assertEqual(div.childNodes.length, 3);
  assertEqual(div.firstChild.data, 'ab');
  assertEqual(div.lastChild.data, 'c');
});

test('character data methods and splitText', () => {
  const t = document.createTextNode('hello world');
  assertEqual(t.length, 11);
  assertEqual(t.substringData(0, 5), 'hello');
  t.appendData('!');
  t.insertData(0, '>');
  t.deleteData(1, 6);
  assertEqual(t.data, '>world!');
  t.replaceData(1, 5, 'there');
  assertEqual(t.data, '>there!');
  assertThrows(() => t.substringData(99, 1), 'IndexSizeError');
  const p = document.createElement('p');
  p.appendChild(t);
  const rest = t.splitText(3);
  assertEqual(t.data, '>th');
  assertEqual(rest.data, 'ere!');
  assertEqual(t.nextSibling, rest);
  assertEqual(rest.wholeText, '>there!');
  assertEqual(new Text('x').data, 'x');
  assertEqual(new Comment('y').nodeType, 8);
});

test('createElementNS and namespaces', () => {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  assertEqual(svg.namespaceURI, 'http://www.w3.org/2000/svg');
  assertEqual(svg.tagName, 'svg');
  assert(!(svg instanceof HTMLElement));
  const div = document.createElementNS('http://www.w3.org/1999/xhtml', 'div');
  assert(div instanceof HTMLElement);
  assertEqual(document.createElement('DIV').localName, 'div');
  assertThrows(() => document.createElement('a b'), 'InvalidCharacterError');
  assertThrows(() => document.createElement(''), 'InvalidCharacterError');
});

test('layout reads are zeros and unmodelled methods fail loudly', () => {
  const a = document.getElementById('a');
  assertEqual(a.getBoundingClientRect().height, 0);
  assertEqual(a.offsetWidth, 0);
  const e = assertThrows(() => a.attachShadow({ mode: 'open' }));
  assert(/not implemented in the harness: Element.attachShadow/.test(e.message), e.message);
  assertThrows(() => document.write('x'));
  assertThrows(() => new Node(), 'TypeError');
  assertThrows(() => new HTMLElement(), 'TypeError');
});

test('importNode copies and adoptNode moves between documents', () => {
  const other = __rt.dom.createDocument();
  const p = document.getElementById('p2');
  const copy = other.importNode(p, true);
  assertEqual(copy.ownerDocument, other);
  assertEqual(copy.firstElementChild.ownerDocument, other);
  assertEqual(copy.textContent, 'two bold');
  assertEqual(p.parentNode.id, 'a', 'the original stays');
  other.appendChild(other.createElement('html'));
  other.documentElement.appendChild(p);
  assertEqual(p.ownerDocument, other, 'inserting adopts');
  assertEqual(p.firstElementChild.ownerDocument, other);
  const back = document.adoptNode(p);
  assertEqual(back, p);
  assertEqual(p.parentNode, null);
  assertEqual(p.ownerDocument, document);
  assertThrows(() => document.importNode(other), 'NotSupportedError');
});
