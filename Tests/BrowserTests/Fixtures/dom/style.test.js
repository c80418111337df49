// @html: <html><head><style>.card { display: flex } #hero.card { display: grid } .gone { display: none !important } .ghost { visibility: hidden } p.x, span.y { display: block } @media print { .card { display: none } } a::before, .bad[ { display: none }</style></head><body><div id="d" style="color: red; visibility: hidden">t</div><div id="card" class="card"><span id="inner">i</span></div><div id="hero" class="card"></div><p id="hidden-attr" hidden>h</p><section class="ghost"><em id="deep">e</em><b id="shown" style="visibility: visible">s</b></section><span id="s">s</span><p id="gone" class="gone" style="display: block">g</p></body></html>

test('inline style reads from and writes to the style attribute', () => {
  const d = document.getElementById('d');
  assertEqual(d.style.color, 'red');
  assertEqual(d.style.getPropertyValue('visibility'), 'hidden');
  assertEqual(d.style.length, 2);
  assertEqual(d.style[0], 'color');
  assertEqual(d.style.item(1), 'visibility');
  d.style.backgroundColor = 'blue';
  assertEqual(d.getAttribute('style'), 'color: red; visibility: hidden; background-color: blue;');
  d.style.visibility = '';
  assertEqual(d.style.cssText, 'color: red; background-color: blue;');
  d.style.setProperty('margin-top', '2px', 'important');
  assertEqual(d.style.getPropertyPriority('margin-top'), 'important');
  assertEqual(d.style.marginTop, '2px');
  assertEqual(d.style.removeProperty('color'), 'red');
  assertEqual(d.getAttribute('style'), 'background-color: blue; margin-top: 2px !important;');
  d.setAttribute('style', 'display:none');
  assertEqual(d.style.display, 'none', 'attribute changes are read back');
  d.style.cssText = 'float: left; --brand: #f00';
  assertEqual(d.style.cssFloat, 'left');
  assertEqual(d.style.getPropertyValue('--brand'), '#f00');
  assertEqual(d.style.webkitTransform, '');
  d.style.webkitTransform = 'none';
  assert(d.getAttribute('style').includes('-webkit-transform: none;'));
});

test('invalid display and visibility values are ignored', () => {
  const d = document.getElementById('d');
  d.style.display = 'banana';
  assertEqual(d.style.display, '');
  d.style.visibility = 'maybe';
  assertEqual(d.style.visibility, 'hidden');
  d.style.display = 'inline-block';
  assertEqual(d.style.display, 'inline-block');
});

test('default display per element', () => {
  const cs = (el) => getComputedStyle(el).display;
  assertEqual(cs(document.getElementById('s')), 'inline');
  assertEqual(cs(document.body), 'block');
  assertEqual(cs(document.head), 'none');
  assertEqual(cs(document.querySelector('style')), 'none');
  assertEqual(cs(document.createElement('li')), '', 'disconnected elements have no computed style');
  const li = document.body.appendChild(document.createElement('li'));
  assertEqual(cs(li), 'list-item');
  const tpl = document.body.appendChild(document.createElement('template'));
  assertEqual(cs(tpl), 'none');
});

test('sheet rules by specificity, !important and the hidden attribute', () => {
  const cs = (id) => getComputedStyle(document.getElementById(id)).display;
  assertEqual(cs('card'), 'flex', 'class rule');
  assertEqual(cs('hero'), 'grid', 'id + class beats class');
  assertEqual(cs('inner'), 'inline', 'display does not inherit');
  assertEqual(cs('hidden-attr'), 'none', 'hidden attribute');
  assertEqual(cs('gone'), 'none', 'important sheet rule beats inline style');
  document.getElementById('hidden-attr').className = 'x';
  assertEqual(cs('hidden-attr'), 'block', 'author rule overrides the hidden attribute');
  document.getElementById('card').style.display = 'inline';
  assertEqual(cs('card'), 'inline', 'inline style beats sheet rules');
});

test('visibility inherits and can be overridden below', () => {
  const v = (id) => getComputedStyle(document.getElementById(id)).visibility;
  assertEqual(v('s'), 'visible');
  assertEqual(v('deep'), 'hidden');
  assertEqual(v('shown'), 'visible');
  assertEqual(v('d'), 'hidden');
  assertEqual(getComputedStyle(document.getElementById('deep')).getPropertyValue('visibility'), 'hidden');
});

test('computed style follows later changes to sheets and attributes', () => {
  const s = document.getElementById('s');
  const cs = getComputedStyle(s);
  assertEqual(cs.display, 'inline');
  const style = document.createElement('style');
  style.textContent = 'body > span { display: inline-block; visibility: collapse }';
  document.head.appendChild(style);
  assertEqual(cs.display, 'inline-block');
  assertEqual(cs.visibility, 'collapse');
  style.firstChild.data = 'span#s { display: none }';
  assertEqual(cs.display, 'none');
  style.remove();
  assertEqual(cs.display, 'inline');
});

test('properties without a declaration compute to their initial value, sizes stay unresolved', () => {
  const cs = getComputedStyle(document.body);
  assertEqual(cs.color, 'rgb(0, 0, 0)');
  assertEqual(cs.getPropertyValue('width'), 'auto', 'no layout: sizes are not resolved to pixels');
  assertEqual(cs.getPropertyValue('--unknown-custom'), '');
  assertThrows(() => getComputedStyle({}), 'TypeError');
});
