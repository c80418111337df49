test('document.cookie reads and writes through the jar', function () {
  document.cookie = 'a=1; path=/';
  document.cookie = 'b=two; path=/';
  assertEqual(document.cookie, 'a=1; b=two');
  document.cookie = 'a=; path=/; max-age=0';
  assertEqual(document.cookie, 'b=two');
  document.cookie = 'h=1; HttpOnly';
  assertEqual(document.cookie.indexOf('h='), -1);
});

test('cookie Path scopes what document.cookie shows', function () {
  document.cookie = 'deep=1; path=/other';
  assertEqual(document.cookie.indexOf('deep'), -1);
});

test('cookies expire on the virtual clock', function () {
  document.cookie = 'short=1; path=/; max-age=2';
  assertEqual(document.cookie, 'short=1');
  return new Promise(function (r) { setTimeout(r, 2001); }).then(function () { assertEqual(document.cookie, ''); });
});

test('storage converts to strings, counts, orders and supports named access', function () {
  sessionStorage.setItem('b', 2);
  sessionStorage.setItem('a', { x: 1 });
  assertEqual(sessionStorage.getItem('b'), '2');
  assertEqual(sessionStorage.getItem('a'), '[object Object]');
  assertEqual(sessionStorage.length, 2);
  assertEqual(sessionStorage.key(0), 'a');
  assertEqual(sessionStorage.getItem('none'), null);
  sessionStorage.c = 'named';
  assertEqual(sessionStorage.getItem('c'), 'named');
  assertEqual(sessionStorage.c, 'named');
  delete sessionStorage.c;
  assertEqual(sessionStorage.getItem('c'), null);
  localStorage.setItem('k', 'v');
  assertEqual(localStorage.getItem('k'), 'v');
  assertEqual(sessionStorage.getItem('k'), null);
  sessionStorage.clear();
  assertEqual(sessionStorage.length, 0);
});

test('location exposes the parts of the page URL', function () {
  assertEqual(location.href, 'https://test.example/page.html');
  assertEqual(location.hostname, 'test.example');
  assertEqual(location.pathname, '/page.html');
  assertEqual(location.origin, 'https://test.example');
  assertEqual(document.URL, location.href);
  assertEqual(String(location), location.href);
});

test('pushState changes the URL without loading and rejects other origins', function () {
  history.pushState({ n: 1 }, '', '/products?utm_medium=cpc#top');
  assertEqual(location.search, '?utm_medium=cpc');
  assertEqual(location.hash, '#top');
  assertEqual(history.state.n, 1);
  assertEqual(document.readyState === 'loading', false);
  assertThrows(function () { history.pushState(null, '', 'https://evil.example/'); }, 'SecurityError');
});

test('crypto gives seeded random values and v4 UUIDs', function () {
  var a = crypto.getRandomValues(new Uint8Array(8));
  assertEqual(a.length, 8);
  var uuid = crypto.randomUUID();
  assert(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), uuid);
  assertThrows(function () { crypto.getRandomValues([1, 2]); }, 'TypeError');
  var r = Math.random();
  assert(r >= 0 && r < 1);
});

test('navigator and window basics', function () {
  assertEqual(window, globalThis);
  assertEqual(self, window);
  assertEqual(navigator.cookieEnabled, true);
  assertEqual(navigator.language, 'en-GB');
  assert(navigator.userAgent.indexOf('Mozilla/5.0') === 0);
  assertEqual(document.defaultView, window);
  assertEqual(document.visibilityState, 'visible');
});

test('absent platform features read as undefined; unimplemented methods fail loudly', function () {
  assertEqual(typeof WebSocket, 'undefined');
  assertThrows(function () { return new WebSocket('wss://x'); }, 'TypeError');
  assert(__rt.missing.indexOf('WebSocket') >= 0, 'the read is recorded');
  var e = assertThrows(function () { document.write('x'); });
  assert(/not implemented in the harness: document.write/.test(e.message), e.message);
});

test('window receives bubbling events and load has fired after settling', function () {
  assertEqual(document.readyState, 'complete');
  var seen = 0;
  window.addEventListener('custom', function () { seen++; });
  document.body.dispatchEvent(new Event('custom', { bubbles: true }));
  assertEqual(seen, 1);
});
