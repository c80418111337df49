// @html: <!DOCTYPE html><html><head><style>.fade { opacity: .5; transition: opacity .15s linear, transform 300ms ease-in 0.1s } .abs { position: absolute } #p { color: red } .hide { display: none }</style></head><body><div id="p"><span id="s" class="fade abs" style="opacity: 0.8">x</span><em class="hide">h</em></div></body></html>

test('geometry reads return zeros: there is no layout', () => {
  const s = document.getElementById('s');
  const r = s.getBoundingClientRect();
  assert(r instanceof DOMRect);
  assertEqual(JSON.stringify(r.toJSON()), '{"x":0,"y":0,"width":0,"height":0,"top":0,"right":0,"bottom":0,"left":0}');
  assertEqual(s.getClientRects().length, 0);
  assertEqual(s.offsetWidth, 0);
  assertEqual(s.offsetHeight, 0);
  assertEqual(s.offsetParent, null);
  assertEqual(s.clientWidth, 0);
  assertEqual(s.scrollHeight, 0);
  s.scrollTop = 50;
  assertEqual(s.scrollTop, 0);
  s.scrollIntoView();
});

test('getComputedStyle resolves the cascade for opacity, position and transitions', () => {
  const s = document.getElementById('s');
  const cs = getComputedStyle(s);
  assertEqual(cs.opacity, '0.8', 'inline beats the sheet');
  assertEqual(cs.position, 'absolute');
  assertEqual(cs.transitionDuration, '0.15s, 0.3s');
  assertEqual(cs.transitionDelay, '0s, 0.1s');
  assertEqual(cs.transitionProperty, 'opacity, transform');
  assertEqual(cs.getPropertyValue('transition-timing-function'), 'linear, ease-in');
  assertEqual(cs.color, 'red', 'color inherits from #p');
  assertEqual(cs.display, 'inline');
  assertEqual(cs.visibility, 'visible');
  s.style.opacity = '';
  assertEqual(cs.opacity, '0.5', 'the computed style is live');
});

test('getComputedStyle gives initial values where nothing is declared', () => {
  const p = document.getElementById('p');
  const cs = getComputedStyle(p);
  assertEqual(cs.opacity, '1');
  assertEqual(cs.position, 'static');
  assertEqual(cs.transitionDuration, '0s');
  assertEqual(cs.display, 'block');
  assertEqual(getComputedStyle(document.querySelector('em')).display, 'none');
  assertEqual(getComputedStyle(document.createElement('div')).opacity, '', 'a disconnected element has no computed style');
  assertThrows(() => getComputedStyle({}), 'TypeError');
  assertThrows(() => cs.setProperty('color', 'blue'), 'NoModificationAllowedError');
});
