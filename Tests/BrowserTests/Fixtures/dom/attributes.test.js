// @html: <div id="box" class="a  b a" data-user-id="7" data-x="y" hidden title="T"><a id="link" href="tel:+442079460001">call</a><input id="in" value="v" checked type="checkbox"></div>

test('get, set, has, remove and toggle attributes', () => {
  const box = document.getElementById('box');
  assertEqual(box.getAttribute('title'), 'T');
  assertEqual(box.getAttribute('TITLE'), 'T', 'names are case-insensitive for HTML');
  assertEqual(box.getAttribute('nope'), null);
  assert(box.hasAttribute('hidden'));
  box.setAttribute('Data-New', 5);
  assertEqual(box.getAttribute('data-new'), '5');
  box.removeAttribute('title');
  assert(!box.hasAttribute('title'));
  box.removeAttribute('title');
  assertEqual(box.toggleAttribute('title'), true);
  assertEqual(box.getAttribute('title'), '');
  assertEqual(box.toggleAttribute('title'), false);
  assertEqual(box.toggleAttribute('hidden', true), true);
  assert(box.hasAttributes());
  assertThrows(() => box.setAttribute('a b', 'x'), 'InvalidCharacterError');
  assertThrows(() => box.setAttribute('', 'x'), 'InvalidCharacterError');
});

test('getAttributeNames and attributes keep source order', () => {
  const box = document.getElementById('box');
  assertEqual(box.getAttributeNames().join(','), 'id,class,data-user-id,data-x,hidden,title');
  const attrs = box.attributes;
  assertEqual(attrs.length, 6);
  assertEqual(attrs[0].name, 'id');
  assertEqual(attrs[0].value, 'box');
  assertEqual(attrs.getNamedItem('title').value, 'T');
  attrs[3].value = 'z';
  assertEqual(box.getAttribute('data-x'), 'z');
});

test('id, className, hidden and title reflect attributes', () => {
  const box = document.getElementById('box');
  assertEqual(box.id, 'box');
  assertEqual(box.className, 'a  b a');
  assertEqual(box.hidden, true);
  box.hidden = false;
  assert(!box.hasAttribute('hidden'));
  box.className = 'c';
  assertEqual(box.getAttribute('class'), 'c');
  box.id = 'other';
  assertEqual(document.getElementById('other'), box);
  assertEqual(box.title, 'T');
  assertEqual(document.createElement('div').id, '');
});

test('classList reads, adds, removes, toggles and replaces', () => {
  const box = document.getElementById('box');
  const cl = box.classList;
  assertEqual(cl.length, 2, 'duplicates count once');
  assertEqual(cl[0], 'a');
  assertEqual(cl.item(1), 'b');
  assertEqual(cl.item(5), null);
  assert(cl.contains('b'));
  assert(!cl.contains('c'));
  cl.add('c', 'a');
  assertEqual(box.className, 'a b c');
  cl.remove('a', 'zz');
  assertEqual(box.className, 'b c');
  assertEqual(cl.toggle('d'), true);
  assertEqual(cl.toggle('d'), false);
  assertEqual(cl.toggle('b', true), true);
  assertEqual(cl.toggle('q', false), false);
  assert(cl.replace('b', 'x'));
  assert(!cl.replace('nope', 'y'));
  assertEqual(cl.value, 'x c');
  assertEqual(String(cl), 'x c');
  assertEqual(box.classList, cl, 'same object each time');
  box.setAttribute('class', 'p q');
  assertEqual(box.classList.length, 2);
  assertThrows(() => cl.add(''), 'SyntaxError');
  assertThrows(() => cl.add('a b'), 'InvalidCharacterError');
  const plain = document.createElement('div');
  plain.classList.remove('x');
  assert(!plain.hasAttribute('class'), 'removing from nothing does not create the attribute');
});

test('dataset maps camelCase to data- attributes', () => {
  const box = document.getElementById('box');
  assertEqual(box.dataset.userId, '7');
  assertEqual(box.dataset.x, 'y');
  assertEqual(box.dataset.missing, undefined);
  box.dataset.fooBar = 'baz';
  assertEqual(box.getAttribute('data-foo-bar'), 'baz');
  assert('fooBar' in box.dataset);
  delete box.dataset.x;
  assert(!box.hasAttribute('data-x'));
  assertEqual(Object.keys(box.dataset).join(','), 'userId,fooBar');
});

test('href resolves and form state lives on the element', () => {
  const link = document.getElementById('link');
  assertEqual(link.getAttribute('href'), 'tel:+442079460001');
  assertEqual(link.href, 'tel:+442079460001');
  const input = document.getElementById('in');
  assertEqual(input.value, 'v');
  input.value = 'w';
  assertEqual(input.value, 'w');
  assertEqual(input.getAttribute('value'), 'v');
  assert(input.checked);
  input.checked = false;
  assert(!input.checked);
  assert(input.hasAttribute('checked'));
});
