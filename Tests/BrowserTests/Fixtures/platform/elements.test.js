// @html: <!DOCTYPE html><html><head><script id="s">var ran = 1;</script></head><body><a id="a" href="https://shop.example:8443/path/x.html?q=1#top">link</a><form id="f"><input id="i" name="n" value="v"><input type="checkbox" name="c" value="yes" checked><select name="s" id="sel"><option>one</option><option value="2" selected>two</option></select><textarea name="t">hi</textarea></form><iframe id="fr"></iframe><template id="t"><p>x</p></template><svg id="svg"><circle></circle></svg><custom-thing id="c"></custom-thing><blink id="u"></blink></body></html>

test('each tag gets its own interface, and instanceof works', () => {
  assert(document.getElementById('a') instanceof HTMLAnchorElement);
  assert(document.getElementById('a') instanceof HTMLElement);
  assert(document.getElementById('a') instanceof Element);
  assert(document.getElementById('i') instanceof HTMLInputElement);
  assert(document.getElementById('s') instanceof HTMLScriptElement);
  assert(document.getElementById('fr') instanceof HTMLIFrameElement);
  assert(document.getElementById('t') instanceof HTMLTemplateElement);
  assert(document.getElementById('sel') instanceof HTMLSelectElement);
  assert(document.createElement('h3') instanceof HTMLHeadingElement);
  assert(document.createElement('td') instanceof HTMLTableCellElement);
  assert(document.createElement('div') instanceof HTMLDivElement);
  assert(!(document.createElement('div') instanceof HTMLSpanElement));
  assertEqual(document.getElementById('c').constructor, HTMLElement, 'custom element names are HTMLElement');
  assertEqual(document.getElementById('u').constructor, HTMLUnknownElement);
  assertEqual(document.createElement('article').constructor, HTMLElement);
  assertThrows(() => new HTMLDivElement(), 'TypeError');
});

test('SVG elements are SVGElements, not HTMLElements', () => {
  const svg = document.getElementById('svg');
  assert(svg instanceof SVGElement && svg instanceof SVGSVGElement);
  assert(!(svg instanceof HTMLElement));
  assert(svg.firstChild instanceof SVGCircleElement);
  assertEqual(Object.prototype.toString.call(svg), '[object SVGSVGElement]');
  assert(document.createElementNS('http://www.w3.org/2000/svg', 'path') instanceof SVGPathElement);
});

test('an anchor exposes the parts of its URL, and setting one rewrites href', () => {
  const a = document.getElementById('a');
  assertEqual(a.protocol, 'https:');
  assertEqual(a.hostname, 'shop.example');
  assertEqual(a.port, '8443');
  assertEqual(a.host, 'shop.example:8443');
  assertEqual(a.pathname, '/path/x.html');
  assertEqual(a.search, '?q=1');
  assertEqual(a.hash, '#top');
  assertEqual(a.origin, 'https://shop.example:8443');
  a.pathname = '/other';
  a.hash = '';
  assertEqual(a.getAttribute('href'), 'https://shop.example:8443/other?q=1');
  assertEqual(String(a), a.href);
  const rel = document.createElement('a');
  rel.setAttribute('href', '/here?x');
  assertEqual(rel.hostname, 'test.example');
  assertEqual(rel.pathname, '/here');
  assertEqual(document.createElement('a').hostname, '');
});

test('form controls: value, checked, select options and the form collection', () => {
  const f = document.getElementById('f');
  assertEqual(f.elements.length, 4);
  assert(f.elements instanceof HTMLCollection);
  const sel = document.getElementById('sel');
  assertEqual(sel.value, '2');
  assertEqual(sel.selectedIndex, 1);
  assertEqual(sel.options.length, 2);
  assertEqual(sel.options[0].value, 'one', 'an option without value uses its text');
  sel.value = 'one';
  assertEqual(sel.selectedIndex, 0);
  const input = document.getElementById('i');
  input.value = 'typed';
  assertEqual(input.value, 'typed');
  assertEqual(input.getAttribute('value'), 'v');
  assertEqual(input.form, f);
  const box = f.elements[1];
  assertEqual(box.checked, true);
  box.checked = false;
  assertEqual(box.defaultChecked, true);
});

test('new Image and new Option make the right elements', () => {
  const img = new Image(10, 20);
  assert(img instanceof HTMLImageElement);
  assertEqual(img.width, 10);
  assertEqual(img.getAttribute('height'), '20');
  assertEqual(img.complete, true);
  const o = new Option('Label', 'v', true, true);
  assert(o instanceof HTMLOptionElement);
  assertEqual(o.value, 'v');
  assertEqual(o.text, 'Label');
  assertEqual(o.selected, true);
  assertEqual(o.defaultSelected, true);
});

test('an iframe has no window of its own in the harness, and says so', () => {
  const fr = document.getElementById('fr');
  assertEqual(fr.contentWindow, null);
  assert(__rt.missing.includes('HTMLIFrameElement.contentWindow'));
});

test('a template keeps its content in a fragment', () => {
  const t = document.getElementById('t');
  assert(t.content instanceof DocumentFragment);
  assertEqual(t.content.firstChild.tagName, 'P');
  assertEqual(t.childNodes.length, 0);
});
