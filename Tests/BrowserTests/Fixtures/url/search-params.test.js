// URLSearchParams: parsing, serializing and the list operations.
//
// Table expectations come from Node 20, checked against the URL Standard's
// application/x-www-form-urlencoded parser and serializer.
(function () {
  // [constructor input, toString(), entries]
  const PARSING = [
    ["", "", []],
    ["?", "", []],
    ["?a=1", "a=1", [["a","1"]]],
    ["??a=1", "%3Fa=1", [["?a","1"]]],
    ["a=1&b=2", "a=1&b=2", [["a","1"],["b","2"]]],
    ["a=1&a=2&a=3", "a=1&a=2&a=3", [["a","1"],["a","2"],["a","3"]]],
    ["a", "a=", [["a",""]]],
    ["a=", "a=", [["a",""]]],
    ["=b", "=b", [["","b"]]],
    ["=", "=", [["",""]]],
    ["&&a=1&&", "a=1", [["a","1"]]],
    ["a=b=c", "a=b%3Dc", [["a","b=c"]]],
    ["a+b=c+d", "a+b=c+d", [["a b","c d"]]],
    ["a%20b=c%2Bd", "a+b=c%2Bd", [["a b","c+d"]]],
    ["%41%42=%43", "AB=C", [["AB","C"]]],
    ["q=%zz", "q=%25zz", [["q","%zz"]]],
    ["q=%", "q=%25", [["q","%"]]],
    ["q=%2", "q=%252", [["q","%2"]]],
    ["q=%C3%A9", "q=%C3%A9", [["q","é"]]],
    ["q=%C3", "q=%EF%BF%BD", [["q","\uFFFD"]]],
    ["q=%FF%FE", "q=%EF%BF%BD%EF%BF%BD", [["q","\uFFFD\uFFFD"]]],
    ["q=caf%C3%A9+au+lait", "q=caf%C3%A9+au+lait", [["q","café au lait"]]],
    ["é=€", "%C3%A9=%E2%82%AC", [["é","€"]]],
    ["😀=1", "%F0%9F%98%80=1", [["😀","1"]]],
    ["a=%F0%9F%98%80", "a=%F0%9F%98%80", [["a","😀"]]],
    ["utm_source=google&utm_medium=cpc&gclid=Cj0KCQ", "utm_source=google&utm_medium=cpc&gclid=Cj0KCQ", [["utm_source","google"],["utm_medium","cpc"],["gclid","Cj0KCQ"]]],
    ["x=1;y=2", "x=1%3By%3D2", [["x","1;y=2"]]],
    ["x=a#b", "x=a%23b", [["x","a#b"]]],
    ["redirect=https%3A%2F%2Fexample.com%2F%3Fa%3D1", "redirect=https%3A%2F%2Fexample.com%2F%3Fa%3D1", [["redirect","https://example.com/?a=1"]]],
    ["sp ace=sp ace", "sp+ace=sp+ace", [["sp ace","sp ace"]]],
    ["star=*-._~!'()", "star=*-._%7E%21%27%28%29", [["star","*-._~!'()"]]],
    ["tab=%09&nl=%0A", "tab=%09&nl=%0A", [["tab","\t"],["nl","\n"]]],
    ["plus=%2B+", "plus=%2B+", [["plus","+ "]]],
    ["dup=1&DUP=2", "dup=1&DUP=2", [["dup","1"],["DUP","2"]]]
  ];

  PARSING.forEach(function (entry) {
    const input = entry[0], serialized = entry[1], pairs = entry[2];
    test('parses ' + JSON.stringify(input), function () {
      const params = new URLSearchParams(input);
      assertEqual(JSON.stringify(Array.from(params)), JSON.stringify(pairs), 'entries');
      assertEqual(params.toString(), serialized, 'toString');
      assertEqual(params.size, pairs.length, 'size');
      // The serialization parses back to the same list.
      assertEqual(JSON.stringify(Array.from(new URLSearchParams(serialized))), JSON.stringify(pairs), 'round trip');
    });
  });

  const list = function (params) { return JSON.stringify(Array.from(params)); };

  test('constructs from a record object', function () {
    const params = new URLSearchParams({ utm_source: 'google', n: 2, 'a b': '\u00e9' });
    assertEqual(list(params), '[["utm_source","google"],["n","2"],["a b","\u00e9"]]');
    assertEqual(params.toString(), 'utm_source=google&n=2&a+b=%C3%A9');
  });

  test('constructs from a sequence of pairs and from another URLSearchParams', function () {
    const params = new URLSearchParams([['a', '1'], ['a', 2], ['b', 'x y']]);
    assertEqual(list(params), '[["a","1"],["a","2"],["b","x y"]]');
    const copy = new URLSearchParams(params);
    copy.append('c', '3');
    assertEqual(copy.toString(), 'a=1&a=2&b=x+y&c=3');
    assertEqual(params.toString(), 'a=1&a=2&b=x+y', 'the copy is independent');
    assertEqual(new URLSearchParams(new Map([['k', 'v']])).toString(), 'k=v');
  });

  test('rejects pairs that are not two items long', function () {
    assertThrows(function () { new URLSearchParams([['a']]); }, 'TypeError');
    assertThrows(function () { new URLSearchParams([['a', 'b', 'c']]); }, 'TypeError');
    assertThrows(function () { new URLSearchParams([5]); }, 'TypeError');
  });

  test('constructs from nothing, undefined, or a value converted to a string', function () {
    assertEqual(new URLSearchParams().toString(), '');
    assertEqual(new URLSearchParams(undefined).toString(), '');
    assertEqual(new URLSearchParams(12).toString(), '12=');
  });

  test('append, get, getAll and has', function () {
    const params = new URLSearchParams('a=1');
    params.append('a', '2');
    params.append('b', '');
    assertEqual(params.get('a'), '1', 'get returns the first value');
    assertEqual(params.get('missing'), null);
    assertEqual(JSON.stringify(params.getAll('a')), '["1","2"]');
    assertEqual(JSON.stringify(params.getAll('missing')), '[]');
    assertEqual(params.has('b'), true);
    assertEqual(params.has('c'), false);
    assertEqual(params.has('a', '2'), true, 'has with a value');
    assertEqual(params.has('a', '3'), false);
  });

  test('delete removes every pair with the name, or only the matching value', function () {
    const params = new URLSearchParams('a=1&b=2&a=3&a=1');
    params.delete('a', '1');
    assertEqual(params.toString(), 'b=2&a=3');
    params.delete('a');
    assertEqual(params.toString(), 'b=2');
  });

  test('set replaces the first pair and removes the others', function () {
    const params = new URLSearchParams('a=1&b=2&a=3');
    params.set('a', 'x');
    assertEqual(params.toString(), 'a=x&b=2');
    params.set('c', 'new');
    assertEqual(params.toString(), 'a=x&b=2&c=new');
  });

  test('sort is stable and compares UTF-16 code units', function () {
    const params = new URLSearchParams('z=1&a=1&b=1&a=2&\uD83D\uDE00=e&\uFF5E=f');
    params.sort();
    assertEqual(list(params), '[["a","1"],["a","2"],["b","1"],["z","1"],["\uD83D\uDE00","e"],["\uFF5E","f"]]');
  });

  test('iteration: forEach, keys, values, entries and the iterator', function () {
    const params = new URLSearchParams('a=1&b=2');
    const seen = [];
    params.forEach(function (value, name, owner) { seen.push(name + ':' + value); assert(owner === params, 'third argument'); });
    assertEqual(seen.join(','), 'a:1,b:2');
    assertEqual(Array.from(params.keys()).join(','), 'a,b');
    assertEqual(Array.from(params.values()).join(','), '1,2');
    assertEqual(JSON.stringify(Array.from(params.entries())), '[["a","1"],["b","2"]]');
    const names = [];
    for (const pair of params) names.push(pair[0]);
    assertEqual(names.join(','), 'a,b');
  });

  test('the serializer escapes all but alphanumerics and *-._', function () {
    const params = new URLSearchParams();
    params.append('k', ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
    assertEqual(params.toString(), 'k=+%21%22%23%24%25%26%27%28%29*%2B%2C-.%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E_%60%7B%7C%7D%7E');
  });

  test('lone surrogates become U+FFFD', function () {
    const params = new URLSearchParams();
    params.append('\uD800', 'x\uDC00');
    assertEqual(params.toString(), '%EF%BF%BD=x%EF%BF%BD');
  });

  test('methods check their argument count', function () {
    const params = new URLSearchParams();
    assertThrows(function () { params.append('a'); }, 'TypeError');
    assertThrows(function () { params.get(); }, 'TypeError');
    assertThrows(function () { params.set('a'); }, 'TypeError');
  });
})();
