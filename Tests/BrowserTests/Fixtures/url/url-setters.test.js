// URL setters, the live two-way searchParams, and the runtime's parseURL.
//
// Setter expectations come from Node 20's WHATWG URL, checked against the URL Standard.
(function () {
  // [url, property, new value, expected href, expected value of the property]
  const SETTERS = [
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "href", "http://other.test/p?q#h", "http://other.test/p?q#h", "http://other.test/p?q#h"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "protocol", "http", "http://user:pw@example.com:8080/a/b?x=1#frag", "http:"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "protocol", "WSS:", "wss://user:pw@example.com:8080/a/b?x=1#frag", "wss:"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "protocol", "foo", "https://user:pw@example.com:8080/a/b?x=1#frag", "https:"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "protocol", "ht tp", "https://user:pw@example.com:8080/a/b?x=1#frag", "https:"],
    ["https://example.com:80/", "protocol", "http", "http://example.com/", "http:"],
    ["foo://h/p", "protocol", "https", "foo://h/p", "foo:"],
    ["mailto:a@b", "protocol", "tel", "tel:a@b", "tel:"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "username", "new user", "https://new%20user:pw@example.com:8080/a/b?x=1#frag", "new%20user"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "username", "", "https://:pw@example.com:8080/a/b?x=1#frag", ""],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "password", "p@ss:w/rd", "https://user:p%40ss%3Aw%2Frd@example.com:8080/a/b?x=1#frag", "p%40ss%3Aw%2Frd"],
    ["file:///x", "username", "u", "file:///x", ""],
    ["mailto:a@b", "password", "x", "mailto:a@b", ""],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "host", "other.test", "https://user:pw@other.test:8080/a/b?x=1#frag", "other.test:8080"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "host", "other.test:81", "https://user:pw@other.test:81/a/b?x=1#frag", "other.test:81"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "host", "Other.Test:443", "https://user:pw@other.test/a/b?x=1#frag", "other.test"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "host", "a b", "https://user:pw@example.com:8080/a/b?x=1#frag", "example.com:8080"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "host", "", "https://user:pw@example.com:8080/a/b?x=1#frag", "example.com:8080"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "host", "example.net:65536", "https://user:pw@example.net:8080/a/b?x=1#frag", "example.net:8080"],
    ["data:x", "host", "h", "data:x", ""],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "hostname", "other.test", "https://user:pw@other.test:8080/a/b?x=1#frag", "other.test"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "hostname", "other.test:99", "https://user:pw@example.com:8080/a/b?x=1#frag", "example.com"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "hostname", "[::1]", "https://user:pw@[::1]:8080/a/b?x=1#frag", "[::1]"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "hostname", "0x7f.1", "https://user:pw@127.0.0.1:8080/a/b?x=1#frag", "127.0.0.1"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "hostname", "münchen.de", "https://user:pw@xn--mnchen-3ya.de:8080/a/b?x=1#frag", "xn--mnchen-3ya.de"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "port", "9090", "https://user:pw@example.com:9090/a/b?x=1#frag", "9090"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "port", "", "https://user:pw@example.com/a/b?x=1#frag", ""],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "port", "443", "https://user:pw@example.com/a/b?x=1#frag", ""],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "port", "70000", "https://user:pw@example.com:8080/a/b?x=1#frag", "8080"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "port", "12abc", "https://user:pw@example.com:12/a/b?x=1#frag", "12"],
    ["file:///x", "port", "80", "file:///x", ""],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "pathname", "/new path/./x/../y", "https://user:pw@example.com:8080/new%20path/y?x=1#frag", "/new%20path/y"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "pathname", "no-slash", "https://user:pw@example.com:8080/no-slash?x=1#frag", "/no-slash"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "pathname", "\\back\\slash", "https://user:pw@example.com:8080/back/slash?x=1#frag", "/back/slash"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "pathname", "", "https://user:pw@example.com:8080/?x=1#frag", "/"],
    ["mailto:a@b", "pathname", "/x", "mailto:a@b", "a@b"],
    ["foo://h/p", "pathname", "q", "foo://h/q", "/q"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "search", "?a=1&b=2", "https://user:pw@example.com:8080/a/b?a=1&b=2#frag", "?a=1&b=2"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "search", "c=3 4", "https://user:pw@example.com:8080/a/b?c=3%204#frag", "?c=3%204"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "search", "", "https://user:pw@example.com:8080/a/b#frag", ""],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "search", "?", "https://user:pw@example.com:8080/a/b?#frag", ""],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "search", "#x", "https://user:pw@example.com:8080/a/b?%23x#frag", "?%23x"],
    ["foo://h/p", "search", "q='", "foo://h/p?q='", "?q='"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "hash", "#new", "https://user:pw@example.com:8080/a/b?x=1#new", "#new"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "hash", "no hash sign", "https://user:pw@example.com:8080/a/b?x=1#no%20hash%20sign", "#no%20hash%20sign"],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "hash", "", "https://user:pw@example.com:8080/a/b?x=1", ""],
    ["https://user:pw@example.com:8080/a/b?x=1#frag", "hash", "#", "https://user:pw@example.com:8080/a/b?x=1#", ""],
    ["data:space    #f", "hash", "", "data:space", ""],
    ["data:space    ?q", "search", "", "data:space", ""]
  ];

  SETTERS.forEach(function (entry) {
    const start = entry[0], property = entry[1], value = entry[2], href = entry[3], after = entry[4];
    test('sets ' + property + ' to ' + JSON.stringify(value) + ' on ' + start, function () {
      const url = new URL(start);
      url[property] = value;
      assertEqual(url.href, href, 'href');
      assertEqual(url[property], after, property);
    });
  });

  test('an invalid href throws and leaves the URL unchanged', function () {
    const url = new URL('https://example.com/a');
    assertThrows(function () { url.href = 'not a url'; }, 'TypeError');
    assertEqual(url.href, 'https://example.com/a');
  });

  test('searchParams reflects the query and writes back to it', function () {
    const url = new URL('https://example.com/p?utm_source=google&utm_medium=cpc#top');
    const params = url.searchParams;
    assertEqual(params.get('utm_source'), 'google');
    params.append('gclid', 'a b');
    assertEqual(url.search, '?utm_source=google&utm_medium=cpc&gclid=a+b');
    assertEqual(url.href, 'https://example.com/p?utm_source=google&utm_medium=cpc&gclid=a+b#top');
    params.delete('utm_medium');
    params.set('utm_source', 'bing');
    assertEqual(url.search, '?utm_source=bing&gclid=a+b');
    params.delete('utm_source');
    params.delete('gclid');
    assertEqual(url.search, '');
    assertEqual(url.href, 'https://example.com/p#top', 'an empty list removes the query');
    assert(url.searchParams === params, 'searchParams is the same object every time');
  });

  test('setting search, href or the query updates searchParams', function () {
    const url = new URL('https://example.com/?a=1');
    const params = url.searchParams;
    url.search = '?b=2&b=3';
    assertEqual(JSON.stringify(params.getAll('b')), '["2","3"]');
    assertEqual(params.has('a'), false);
    url.href = 'https://example.com/?c=%41';
    assertEqual(params.get('c'), 'A');
    url.search = '';
    assertEqual(params.size, 0);
    url.hash = '#x';
    assertEqual(params.size, 0, 'the hash does not touch the query');
  });

  test('the query object is read without stripping a leading question mark', function () {
    const url = new URL('https://example.com/??a=1');
    assertEqual(url.searchParams.get('?a'), '1');
    assertEqual(url.search, '??a=1');
  });

  test('sorting searchParams re-serializes the query', function () {
    const url = new URL('https://example.com/?z=1&a=%7E&m=x%20y');
    url.searchParams.sort();
    assertEqual(url.search, '?a=%7E&m=x+y&z=1');
  });

  test('a base may be a URL object', function () {
    const base = new URL('https://example.com/dir/page');
    assertEqual(new URL('../up', base).href, 'https://example.com/up');
    assertEqual(new URL('other', base).href, 'https://example.com/dir/other');
  });

  test('new URL needs an argument and converts it to a string', function () {
    assertThrows(function () { new URL(); }, 'TypeError');
    assertEqual(new URL({ toString: function () { return 'https://example.com/x'; } }).href, 'https://example.com/x');
    assertEqual(new URL(new URL('https://example.com/y')).href, 'https://example.com/y');
  });

  test('URL.canParse and URL.parse', function () {
    assertEqual(URL.canParse('https://example.com'), true);
    assertEqual(URL.canParse('nope'), false);
    assertEqual(URL.canParse('/x', 'https://example.com'), true);
    assertEqual(URL.canParse('/x', 'nope'), false);
    assertEqual(URL.parse('nope'), null);
    assertEqual(URL.parse('/x', 'https://example.com').href, 'https://example.com/x');
  });

  test('__rt.parseURL returns a URL or null', function () {
    const url = __rt.parseURL('/contact?utm_source=x', 'https://shop.example/products/1');
    assert(url instanceof URL, 'a URL object');
    assertEqual(url.href, 'https://shop.example/contact?utm_source=x');
    assertEqual(url.searchParams.get('utm_source'), 'x');
    assertEqual(__rt.parseURL('https://a.test/', null).href, 'https://a.test/', 'a null base means none');
    assertEqual(__rt.parseURL('relative'), null);
    assertEqual(__rt.parseURL('https://[bad/'), null);
  });

  test('URL objects look like the platform ones', function () {
    const url = new URL('https://example.com/');
    assertEqual(Object.prototype.toString.call(url), '[object URL]');
    assertEqual(Object.prototype.toString.call(url.searchParams), '[object URLSearchParams]');
    assertEqual(JSON.stringify({ u: url }), '{"u":"https://example.com/"}');
    assertEqual(Object.keys(url).length, 0, 'no own enumerable properties');
    assert('href' in url && 'searchParams' in url, 'properties are present');
  });
})();
