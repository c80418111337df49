// @html: <!DOCTYPE html><html><head></head><body><p id="p">a<b>b</b>c</p></body></html>

test('document.implementation.createHTMLDocument makes an inert document (jQuery needs it)', () => {
  const doc = document.implementation.createHTMLDocument('T');
  assert(doc instanceof Document);
  assertEqual(doc.title, 'T');
  assertEqual(doc.defaultView, null);
  assert(doc.body && doc.head, 'has head and body');
  doc.body.innerHTML = '<form></form><form></form>';
  assertEqual(doc.body.childNodes.length, 2);
  const el = doc.createElement('div');
  assertEqual(el.ownerDocument, doc);
  const moved = document.adoptNode(el);
  assertEqual(moved.ownerDocument, document);
  assertEqual(document.defaultView, window, 'the page document keeps its window');
});

test('scripts in parsed documents and innerHTML never run', () => {
  window.__ran = 0;
  const doc = new DOMParser().parseFromString('<p>x</p><script>window.__ran = 1</script>', 'text/html');
  assertEqual(doc.querySelector('p').textContent, 'x');
  document.body.appendChild(doc.querySelector('script'));
  document.body.insertAdjacentHTML('beforeend', '<script>window.__ran = 2</script>');
  assertEqual(window.__ran, 0);
  assertThrows(() => new DOMParser().parseFromString('x', 'text/nope'), 'TypeError');
});

test('a script element a page inserts runs once, inline at once', () => {
  window.__count = 0;
  const s = document.createElement('script');
  s.text = 'window.__count++';
  document.head.appendChild(s);
  assertEqual(window.__count, 1);
  document.body.appendChild(s);
  assertEqual(window.__count, 1, 'moving it does not run it again');
  const template = document.createElement('script');
  template.type = 'text/template';
  template.text = 'window.__count = 100';
  document.body.appendChild(template);
  assertEqual(window.__count, 1, 'non-JavaScript types do not run');
});

test('createDocument makes an XML document', () => {
  const doc = document.implementation.createDocument('http://www.w3.org/2000/svg', 'svg', null);
  assert(doc instanceof XMLDocument);
  assertEqual(doc.documentElement.namespaceURI, 'http://www.w3.org/2000/svg');
  assertEqual(doc.contentType, 'image/svg+xml');
});

test('XMLSerializer writes markup', () => {
  const s = new XMLSerializer();
  assertEqual(s.serializeToString(document.getElementById('p')), '<p id="p">a<b>b</b>c</p>');
  assertEqual(s.serializeToString(document.createTextNode('<&>')), '&lt;&amp;&gt;');
});

test('Range selects, clones, deletes and parses in context', () => {
  const p = document.getElementById('p');
  const r = document.createRange();
  assert(r instanceof Range && r.collapsed);
  r.selectNodeContents(p);
  assertEqual(r.startContainer, p);
  assertEqual(r.endOffset, 3);
  assertEqual(r.toString(), 'abc');
  assertEqual(r.cloneContents().childNodes.length, 3);
  r.setStart(p, 1);
  r.setEnd(p, 2);
  assertEqual(r.toString(), 'b');
  assertEqual(r.commonAncestorContainer, p);
  r.deleteContents();
  assertEqual(p.innerHTML, 'ac');
  assert(r.collapsed);
  const frag = r.createContextualFragment('<i>x</i>');
  assertEqual(frag.firstChild.tagName, 'I');
  assertThrows(() => r.setStart(p, 9), 'IndexSizeError');
  assertEqual(r.getBoundingClientRect().width, 0);
});
