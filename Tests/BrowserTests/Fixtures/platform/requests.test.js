// @html: <!DOCTYPE html><html><head></head><body><form id="f"><input name="a" value="1"><input type="checkbox" name="c" value="x"><input type="checkbox" name="d" checked><select name="s"><option value="o1">1</option></select><input name="off" disabled value="no"><button name="b">go</button></form></body></html>

test('FormData holds entries, and reads a form like a submission', () => {
  const fd = new FormData(document.getElementById('f'));
  assertEqual(JSON.stringify([...fd]), '[["a","1"],["d","on"],["s","o1"]]');
  fd.append('a', 2);
  assertEqual(fd.getAll('a').join(), '1,2');
  fd.set('a', 'z');
  assertEqual(fd.getAll('a').join(), 'z');
  assertEqual(fd.get('nope'), null);
  fd.delete('d');
  assert(!fd.has('d'));
  assertThrows(() => new FormData({}), 'TypeError');
});

test('Blob and File keep text, type, size and name', () => {
  const b = new Blob(['h\u00e9', 'llo'], { type: 'Text/Plain' });
  assertEqual(b.size, 6);
  assertEqual(b.type, 'text/plain');
  const f = new File([b], 'note.txt', { lastModified: 5 });
  assert(f instanceof Blob);
  assertEqual(f.name, 'note.txt');
  assertEqual(f.lastModified, 5);
  assertThrows(() => new File([]), 'TypeError');
  return f.text().then((t) => assertEqual(t, 'h\u00e9llo'));
});

test('fetch sends a FormData body as multipart/form-data', () => {
  const fd = new FormData();
  fd.append('name', 'Ann');
  return fetch('https://api.test/echo', { method: 'POST', body: fd }).then((r) => r.json()).then((echo) => {
    assert(/^multipart\/form-data; boundary=/.test(echo.contentType), echo.contentType);
    assert(echo.body.includes('Content-Disposition: form-data; name="name"\r\n\r\nAnn\r\n'), echo.body);
  });
});

test('XMLHttpRequest sends URLSearchParams as a form', () => {
  return new Promise((resolve, reject) => {
    const x = new XMLHttpRequest();
    x.open('POST', 'https://api.test/echo');
    x.onload = () => {
      try {
        const echo = JSON.parse(x.responseText);
        assertEqual(echo.contentType, 'application/x-www-form-urlencoded;charset=UTF-8');
        assertEqual(echo.body, 'a=1&b=two+words');
        resolve();
      } catch (e) { reject(e); }
    };
    x.send(new URLSearchParams({ a: '1', b: 'two words' }));
  });
});

test('Request and fetch(Request) carry method, headers and body', () => {
  const req = new Request('https://api.test/echo', { method: 'post', headers: { 'X-A': 'b' }, body: 'x' });
  assertEqual(req.method, 'POST');
  assertEqual(req.headers.get('x-a'), 'b');
  assertEqual(req.clone().url, 'https://api.test/echo');
  assertThrows(() => new Request('https://api.test/echo', { body: 'x' }), 'TypeError');
  return fetch(req).then((r) => r.json()).then((echo) => {
    assertEqual(echo.method, 'POST');
    assertEqual(echo.xa, 'b');
    assertEqual(echo.body, 'x');
  });
});

test('AbortSignal.abort and AbortController give an AbortError reason', () => {
  const s = AbortSignal.abort();
  assert(s.aborted);
  assertEqual(s.reason.name, 'AbortError');
  assertThrows(() => s.throwIfAborted(), 'AbortError');
  const c = new AbortController();
  const p = fetch('https://api.test/slow', { signal: c.signal });
  c.abort();
  return p.then(() => { throw new Error('should have been aborted'); }, (e) => assertEqual(e.name, 'AbortError'));
});
