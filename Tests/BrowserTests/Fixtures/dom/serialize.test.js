// @html: <div id="a"><p class="x">Tom &amp; Jerry &lt;3</p><br><img src="i.png" alt="a &quot;b&quot;"><!--note--><script>if (1 < 2 && 3 > 2) {}</script><style>p > a { color: red }</style><template id="t"><b>in template</b></template></div>

test('innerHTML escapes text and attributes', () => {
  const a = document.getElementById('a');
  const p = a.querySelector('p');
  assertEqual(p.innerHTML, 'Tom &amp; Jerry &lt;3');
  assertEqual(p.outerHTML, '<p class="x">Tom &amp; Jerry &lt;3</p>');
  const d = document.createElement('div');
  d.setAttribute('title', 'a "q" & <b> \u00a0');
  d.textContent = '1 < 2 > 0 & \u00a0 "quoted"';
  assertEqual(d.outerHTML, '<div title="a &quot;q&quot; &amp; &lt;b&gt; &nbsp;">1 &lt; 2 &gt; 0 &amp; &nbsp; "quoted"</div>');
});

test('void elements, comments, raw text and templates', () => {
  const a = document.getElementById('a');
  const html = a.innerHTML;
  assert(html.includes('<br><img src="i.png" alt="a &quot;b&quot;">'), html);
  assert(!html.includes('</br>') && !html.includes('</img>'), html);
  assert(html.includes('<!--note-->'), html);
  assert(html.includes('<script>if (1 < 2 && 3 > 2) {}</script>'), 'script text is raw');
  assert(html.includes('<style>p > a { color: red }</style>'), 'style text is raw');
  assert(html.includes('<template id="t"><b>in template</b></template>'), 'template content is serialized');
});

test('template content is a fragment, not children', () => {
  const t = document.getElementById('t');
  assertEqual(t.childNodes.length, 0);
  assertEqual(t.content.nodeType, Node.DOCUMENT_FRAGMENT_NODE);
  assertEqual(t.content.firstChild.tagName, 'B');
  assertEqual(document.querySelector('#t b'), null, 'selectors do not look into template content');
  const copy = t.cloneNode(true);
  assertEqual(copy.content.firstChild.textContent, 'in template');
  assert(copy.content.firstChild !== t.content.firstChild);
});

test('innerHTML setter parses and replaces children', () => {
  const a = document.getElementById('a');
  a.innerHTML = '<span class="n">x</span>tail<i>y</i>';
  assertEqual(a.childNodes.length, 3);
  assertEqual(a.firstChild.className, 'n');
  assertEqual(a.childNodes[1].data, 'tail');
  assertEqual(a.innerHTML, '<span class="n">x</span>tail<i>y</i>');
  assertEqual(a.firstChild.ownerDocument, document);
  a.innerHTML = '';
  assertEqual(a.childNodes.length, 0);
});

test('innerHTML round-trips through the parser', () => {
  const a = document.getElementById('a');
  const before = a.innerHTML;
  const b = document.createElement('div');
  b.innerHTML = before;
  assertEqual(b.innerHTML, before);
});

test('outerHTML setter replaces the element', () => {
  const p = document.querySelector('#a p');
  const parent = p.parentNode;
  p.outerHTML = '<em>1</em><em>2</em>';
  assertEqual(p.parentNode, null);
  assertEqual(parent.firstChild.outerHTML, '<em>1</em>');
  assertEqual(parent.children[1].outerHTML, '<em>2</em>');
  assertThrows(() => { document.documentElement.outerHTML = '<p></p>'; }, 'NoModificationAllowedError');
});

test('insertAdjacentHTML, insertAdjacentText and insertAdjacentElement', () => {
  const a = document.getElementById('a');
  a.innerHTML = '<p id="mid">m</p>';
  const mid = document.getElementById('mid');
  mid.insertAdjacentHTML('beforebegin', '<i>1</i>');
  mid.insertAdjacentHTML('afterBegin', '<i>2</i>');
  mid.insertAdjacentHTML('beforeend', '<i>3</i>');
  mid.insertAdjacentHTML('afterend', '<i>4</i>');
  assertEqual(a.innerHTML, '<i>1</i><p id="mid"><i>2</i>m<i>3</i></p><i>4</i>');
  mid.insertAdjacentText('afterbegin', '<t>');
  assertEqual(mid.firstChild.data, '<t>');
  const b = document.createElement('b');
  assertEqual(mid.insertAdjacentElement('beforeend', b), b);
  assertEqual(mid.lastChild, b);
  assertEqual(document.createElement('div').insertAdjacentElement('afterend', b), null, 'no parent, nothing inserted');
  assertThrows(() => mid.insertAdjacentHTML('middle', 'x'), 'SyntaxError');
  assertThrows(() => document.createElement('div').insertAdjacentHTML('afterend', 'x'), 'NoModificationAllowedError');
});

test('foreign elements keep their case and close explicitly', () => {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const fo = document.createElementNS('http://www.w3.org/2000/svg', 'foreignObject');
  svg.appendChild(fo);
  fo.setAttribute('viewBox', '0 0 1 1');
  assertEqual(svg.outerHTML, '<svg><foreignObject viewBox="0 0 1 1"></foreignObject></svg>');
  assertEqual(fo.getAttribute('viewbox'), null, 'SVG attribute names keep their case');
});
