// @html: <div id="root" class="box main"><p id="p1" class="a b" lang="en-GB" data-k="Hello World">one</p><p id="p2" class="b">two</p><span id="s1"></span><p id="p3" title="x y">three</p><a id="tel" href="tel:+4420">call</a><a id="web" href="https://example.com/page.html">web</a></div><ul id="ul"><li id="l1">1</li><li id="l2" class="odd">2</li><li id="l3">3</li><li id="l4" class="odd">4</li><li id="l5">5</li></ul><div id="empty"></div><div id="comment"><!--x--></div><form><input id="c1" type="checkbox" checked><input id="c2" type="checkbox" disabled></form>

const ids = (sel, root) => Array.from((root || document).querySelectorAll(sel)).map((e) => e.id).join(',');

test('type, universal, id and class', () => {
  assertEqual(ids('p'), 'p1,p2,p3');
  assertEqual(ids('P'), 'p1,p2,p3', 'type selectors ignore case for HTML');
  assertEqual(ids('#root > *'), 'p1,p2,s1,p3,tel,web');
  assertEqual(ids('#p2'), 'p2');
  assertEqual(ids('#nope'), '');
  assertEqual(ids('.b'), 'p1,p2');
  assertEqual(ids('.a.b'), 'p1');
  assertEqual(ids('p.a'), 'p1');
  assertEqual(ids('span.a'), '');
  assertEqual(ids('.box.main'), 'root');
  assertEqual(document.querySelector('p').id, 'p1');
  assertEqual(document.querySelector('table'), null);
});

test('attribute presence and operators', () => {
  assertEqual(ids('[title]'), 'p3');
  assertEqual(ids('[TITLE]'), 'p3', 'attribute names ignore case');
  assertEqual(ids('[title="x y"]'), 'p3');
  assertEqual(ids("[title='x']"), '');
  assertEqual(ids('[title~=y]'), 'p3');
  assertEqual(ids('[title~="x y"]'), '', '~= never matches a value with spaces');
  assertEqual(ids('[lang|=en]'), 'p1');
  assertEqual(ids('[lang|=e]'), '');
  assertEqual(ids('a[href^="tel:"]'), 'tel');
  assertEqual(ids('a[href^=""]'), '', 'empty prefix never matches');
  assertEqual(ids('[href$=".html"]'), 'web');
  assertEqual(ids('[href*=example]'), 'web');
  assertEqual(ids('[href*=nope]'), '');
  assertEqual(ids('[data-k="hello world" i]'), 'p1');
  assertEqual(ids('[data-k="hello world"]'), '');
  assertThrows(() => document.querySelector('[data-k="Hello World" s]'), 'SyntaxError', 'Chromium has no s flag');
  assertEqual(ids('[ data-k = "Hello World" ]'), 'p1', 'whitespace inside brackets');
});

test('combinators: descendant, child, next and subsequent sibling', () => {
  assertEqual(ids('#root p'), 'p1,p2,p3');
  assertEqual(ids('body p'), 'p1,p2,p3');
  assertEqual(ids('#ul p'), '');
  assertEqual(ids('body > p'), '');
  assertEqual(ids('#root > p'), 'p1,p2,p3');
  assertEqual(ids('#p1 + p'), 'p2');
  assertEqual(ids('#p2 + p'), '', 'next sibling is the span');
  assertEqual(ids('#p2 ~ p'), 'p3');
  assertEqual(ids('#p3 ~ p'), '');
  assertEqual(ids('#root>#p1+.b'), 'p2', 'combinators without spaces');
  assertEqual(ids('div   span'), 's1');
});

test('comma lists keep document order and drop duplicates', () => {
  assertEqual(ids('#p3, #p1, .a'), 'p1,p3');
  assertEqual(ids('span,#l1'), 's1,l1');
});

test('structural pseudo-classes', () => {
  assertEqual(ids('li:first-child'), 'l1');
  assertEqual(ids('li:last-child'), 'l5');
  assertEqual(ids('#root > :first-child'), 'p1');
  assertEqual(ids('p:last-child'), '');
  assertEqual(ids('p:first-of-type'), 'p1');
  assertEqual(ids('p:last-of-type'), 'p3');
  assertEqual(ids('#root span:only-of-type'), 's1');
  assertEqual(ids('#root span:only-child'), '');
  assertEqual(ids('title:only-child'), '');
  assertEqual(ids('div:empty'), 'empty,comment', 'comments do not count');
  assertEqual(ids('span:empty'), 's1');
  assertEqual(ids('p:empty'), '');
  assertEqual(document.querySelector(':root'), document.documentElement);
  assertEqual(ids('body:root'), '');
});

test(':nth-child and relatives', () => {
  assertEqual(ids('li:nth-child(2)'), 'l2');
  assertEqual(ids('li:nth-child(odd)'), 'l1,l3,l5');
  assertEqual(ids('li:nth-child(EVEN)'), 'l2,l4');
  assertEqual(ids('li:nth-child(2n+1)'), 'l1,l3,l5');
  assertEqual(ids('li:nth-child( 3n - 1 )'), 'l2,l5');
  assertEqual(ids('li:nth-child(-n+2)'), 'l1,l2');
  assertEqual(ids('li:nth-child(n+4)'), 'l4,l5');
  assertEqual(ids('li:nth-child(0n+3)'), 'l3');
  assertEqual(ids('li:nth-child(7)'), '');
  assertEqual(ids('li:nth-last-child(1)'), 'l5');
  assertEqual(ids('li:nth-child(2 of .odd)'), 'l4');
  assertEqual(ids('li:nth-child(1 of :not(.odd))'), 'l1');
  assertEqual(ids('p:nth-of-type(2)'), 'p2');
  assertEqual(ids('p:nth-last-of-type(1)'), 'p3');
  assertEqual(ids('#root :nth-of-type(3)'), 'p3');
});

test(':not, :is and :where', () => {
  assertEqual(ids('#root > p:not(.b)'), 'p3');
  assertEqual(ids('li:not(.odd, :first-child)'), 'l3,l5');
  assertEqual(ids('li:not(:not(.odd))'), 'l2,l4');
  assertEqual(ids(':is(#p1, #l1)'), 'p1,l1');
  assertEqual(ids('li:where(.odd)'), 'l2,l4');
  assertEqual(ids(':is(ul, form) > :first-child'), 'l1,c1');
  assertEqual(ids('li:is(:nope, .odd)'), 'l2,l4', ':is takes a forgiving list');
  assertEqual(ids('li:is()'), '');
});

test('form and link pseudo-classes', () => {
  assertEqual(ids('input:checked'), 'c1');
  assertEqual(ids('input:disabled'), 'c2');
  assertEqual(ids('input:enabled'), 'c1');
  assertEqual(ids('a:any-link'), 'tel,web');
  assertEqual(ids('a:hover'), '', 'no pointer in the harness');
  assertEqual(ids('p::before'), '', 'pseudo-elements never match elements');
});

test('CSS escapes in identifiers and strings', () => {
  const d = document.getElementById('empty');
  d.id = 'a:b';
  d.className = '1st x.y';
  assertEqual(ids('#a\\:b'), 'a:b');
  assertEqual(ids('.\\31 st'), 'a:b', 'hex escape with its terminating space');
  assertEqual(ids('.x\\.y'), 'a:b');
  assertEqual(ids('[id="a\\:b"]'), 'a:b');
  assertEqual(ids('#\\61 \\:b'), 'a:b');
});

test('querySelectorAll on an element stays in its subtree, ancestors still count', () => {
  const root = document.getElementById('root');
  assertEqual(ids('p', root), 'p1,p2,p3');
  assertEqual(ids('body p', root), 'p1,p2,p3');
  assertEqual(ids('li', root), '');
  assertEqual(ids(':scope > span', root), 's1');
  assert(root.querySelectorAll('p') instanceof NodeList);
});

test('matches and closest', () => {
  const p1 = document.getElementById('p1');
  assert(p1.matches('#root > p.a'));
  assert(!p1.matches('span'));
  assert(p1.matches('ul p, div p'));
  assertEqual(p1.closest('div').id, 'root');
  assertEqual(p1.closest('p'), p1);
  assertEqual(p1.closest('ul'), null);
  assertEqual(p1.closest('body > *').id, 'root');
});

test('getElementsByTagName, getElementsByClassName, getElementsByName', () => {
  assertEqual(document.getElementsByTagName('li').length, 5);
  assertEqual(document.getElementsByTagName('LI').length, 5);
  assert(document.getElementsByTagName('*').length > 15);
  assertEqual(document.getElementById('root').getElementsByTagName('a').item(1).id, 'web');
  assertEqual(Array.from(document.getElementsByClassName('b')).map((e) => e.id).join(','), 'p1,p2');
  assertEqual(document.getElementsByClassName('b a')[0].id, 'p1');
  assertEqual(document.getElementsByClassName('').length, 0);
  assertEqual(document.getElementsByClassName('odd').namedItem('l4').id, 'l4');
  document.getElementById('p2').setAttribute('name', 'n');
  assertEqual(document.getElementsByName('n')[0].id, 'p2');
});

test('invalid selectors throw SyntaxError with code 12', () => {
  const bad = ['', '[', 'a[', ':nope', '>a', 'a,,b', '#', 'a >', '.', '..a', 'a:', '[a=]', '[=a]',
    '[a=1]', '[a="b" x]', 'a:not()', ':nth-child()', ':nth-child(2x)', 'a::nope', 'p:first-child()',
    '*|', 'ns|a', ',a', 'a,', '[a~b]', ':nth-child(+ 2n)', '.1a', 'a!b', ':constructor'];
  for (const sel of bad) {
    const e = assertThrows(() => document.querySelector(sel), 'SyntaxError', JSON.stringify(sel));
    assertEqual(e.code, 12, sel);
    assert(e instanceof DOMException, sel);
  }
  assertThrows(() => document.body.matches('a['), 'SyntaxError');
  assertThrows(() => document.body.closest(':nope'), 'SyntaxError');
});

test(':has() takes relative selectors', () => {
  assertEqual(ids('div:has(p)'), 'root');
  assertEqual(ids('div:has(> p.a)'), 'root');
  assertEqual(ids('body > :has(> li.odd)'), 'ul');
  assertEqual(ids('li:has(+ .odd)'), 'l1,l3', 'next sibling');
  assertEqual(ids('li:has(+ li + li.odd)'), 'l2', 'a chain of siblings');
  assertEqual(ids('li:has(~ #l5)'), 'l1,l2,l3,l4', 'any later sibling');
  assertEqual(ids('p:has(~ a[href^="tel:"])'), 'p1,p2,p3');
  assertEqual(ids('#root:has(> p > a)'), '', 'the chain must hold below the anchor');
  assertEqual(ids('div:has(span, form)'), 'root');
  assertEqual(ids(':is(div, ul):not(:has(li))'), 'root,empty,comment');
  assertEqual(document.querySelectorAll('form:has(:checked)').length, 1);
  assertEqual(document.querySelectorAll('form:has(:checked:disabled)').length, 0);
  assert(document.querySelector('form').matches(':has(input:checked)'));
  assertEqual(ids('#p1:has(p)'), '', 'the anchor itself is not below itself');
});

test(':has() counts in specificity and rejects what browsers reject', () => {
  for (const sel of ['div:has()', 'div:has(:has(p))', 'div:has(,p)', 'div:has(> )', 'div:has(:nope, p)',
    'div:has(::before)']) {
    assertThrows(() => document.querySelector(sel), 'SyntaxError', sel);
  }
  assertEqual(ids(':is(div:has(p))'), 'root');
  assertEqual(ids(':is(div:has(:has(p)), ul)'), 'ul', ':is drops an invalid :has and keeps the rest');
});

test("HTML's listed attributes match their values case-insensitively", () => {
  const box = document.getElementById('empty');
  box.innerHTML = '<input id="t1" type="TEXT"><input id="t2" type="Checkbox" data-kind="Big" class="Big">'
    + '<a id="t3" rel="NoFollow" target="_BLANK" lang="EN-gb" dir="RTL" href="/X">x</a>';
  assertEqual(ids('input[type=text]', box), 't1');
  assertEqual(ids('[type="checkbox"]', box), 't2');
  assertEqual(ids('[rel^=nofollow]', box), 't3');
  assertEqual(ids('[target=_blank]', box), 't3');
  assertEqual(ids('[lang|=en]', box), 't3');
  assertEqual(ids('[dir=rtl]', box), 't3');
  assertEqual(ids('[data-kind=big]', box), '', 'data attributes are case-sensitive');
  assertEqual(ids('[href="/x"]', box), '', 'href is case-sensitive');
  assertEqual(ids('[class=big]', box), '');
  assertEqual(ids('[data-kind=big i]', box), 't2');
  box.innerHTML = '';
});

test('SVG element names keep their case', () => {
  const box = document.getElementById('empty');
  box.innerHTML = '<svg id="svg" viewBox="0 0 1 1"><clipPath id="cp"><rect id="r"/></clipPath>'
    + '<foreignObject id="fo"></foreignObject><linearGradient id="lg"/></svg>';
  assertEqual(document.getElementById('cp').tagName, 'clipPath');
  assertEqual(document.getElementById('fo').localName, 'foreignObject');
  assertEqual(document.getElementById('lg').nodeName, 'linearGradient');
  assertEqual(document.getElementById('svg').tagName, 'svg');
  assertEqual(ids('clipPath, foreignObject, linearGradient', box), 'cp,fo,lg');
  assertEqual(ids('clippath, foreignobject', box), 'cp,fo', 'type selectors ignore case in HTML documents');
  assertEqual(ids('CLIPPATH', box), 'cp');
  assertEqual(ids('clipPath > rect', box), 'r');
  assertEqual(ids('[viewBox]', box), 'svg');
  assertEqual(ids('[viewbox]', box), 'svg', 'attribute names too');
  assertEqual(document.getElementById('svg').getAttribute('viewbox'), null, 'getAttribute on SVG keeps case');
  assertEqual(ids('[type=text]', box), '');
  box.innerHTML = '';
});
