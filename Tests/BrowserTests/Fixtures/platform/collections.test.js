// @html: <!DOCTYPE html><html><head></head><body><ul id="l"><li class="x">1</li><li>2</li></ul><p name="n"></p></body></html>

test('querySelectorAll returns a static NodeList, not an Array', () => {
  const list = document.querySelectorAll('li');
  assert(list instanceof NodeList);
  assert(!Array.isArray(list), 'not an Array');
  assertEqual(list.length, 2);
  assertEqual(list[0].textContent, '1');
  assertEqual(list.item(1).textContent, '2');
  assertEqual(list.item(5), null);
  assertEqual(typeof list.map, 'undefined', 'no Array methods');
  const seen = [];
  list.forEach((n, i) => seen.push(i + ':' + n.textContent));
  assertEqual(seen.join(), '0:1,1:2');
  assertEqual(Array.from(list).length, 2);
  assertEqual([...list.keys()].join(), '0,1');
  document.getElementById('l').appendChild(document.createElement('li'));
  assertEqual(list.length, 2, 'static: later changes are not seen');
  assertEqual(Object.keys(list).join(), '0,1');
});

test('childNodes is a live NodeList', () => {
  const ul = document.getElementById('l');
  const kids = ul.childNodes;
  assert(kids instanceof NodeList && !Array.isArray(kids));
  assertEqual(kids, ul.childNodes, 'the same object each time');
  assertEqual(kids.length, 2);
  ul.appendChild(document.createElement('li'));
  assertEqual(kids.length, 3);
  assertEqual(kids[2].tagName, 'LI');
  assert(2 in kids && !(3 in kids));
  while (ul.firstChild) ul.removeChild(ul.firstChild);
  assertEqual(kids.length, 0);
});

test('children, getElementsByTagName and getElementsByClassName are live HTMLCollections', () => {
  const ul = document.getElementById('l');
  const children = ul.children;
  const lis = document.getElementsByTagName('li');
  const xs = document.getElementsByClassName('x');
  assert(children instanceof HTMLCollection && !Array.isArray(children));
  assertEqual(lis.length, 2);
  assertEqual(xs.length, 1);
  ul.appendChild(document.createElement('li'));
  assertEqual(children.length, 3);
  assertEqual(lis.length, 3);
  lis[1].className = 'x';
  assertEqual(xs.length, 2, 'attribute changes are seen');
  assertEqual(xs.namedItem('nope'), null);
  assertEqual(document.getElementsByName('n').length, 1);
});

test('MutationRecord node lists are NodeLists', () => {
  const ul = document.getElementById('l');
  const mo = new MutationObserver(() => {});
  mo.observe(ul, { childList: true });
  ul.appendChild(document.createElement('li'));
  const records = mo.takeRecords();
  assert(records[0].addedNodes instanceof NodeList);
  assertEqual(records[0].addedNodes.length, 1);
  assertEqual(records[0].removedNodes.length, 0);
});

test('attributes is a NamedNodeMap', () => {
  const li = document.querySelector('li.x');
  const attrs = li.attributes;
  assert(attrs instanceof NamedNodeMap && !Array.isArray(attrs));
  assertEqual(attrs.length, 1);
  assertEqual(attrs[0].name, 'class');
  assertEqual(attrs.getNamedItem('class').value, 'x');
});
