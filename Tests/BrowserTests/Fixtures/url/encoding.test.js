// TextEncoder, TextDecoder (UTF-8), atob and btoa.
//
// Expected bytes and strings agree with Node 20 and the Encoding Standard.
(function () {
  const bytes = function (array) { return Array.prototype.join.call(array, ','); };

  // [string, its UTF-8 bytes]
  const ENCODE = [
    ['', ''],
    ['abc', '97,98,99'],
    ['\u00e9', '195,169'],
    ['\u20ac', '226,130,172'],
    ['\uD83D\uDE00', '240,159,152,128'],
    ['\u0000\u007f\u0080\u07ff\u0800\uffff', '0,127,194,128,223,191,224,160,128,239,191,191'],
    ['\uD800', '239,191,189'],
    ['a\uDC00b', '97,239,191,189,98'],
  ];
  ENCODE.forEach(function (entry) {
    test('TextEncoder encodes ' + JSON.stringify(entry[0]), function () {
      const out = new TextEncoder().encode(entry[0]);
      assert(out instanceof Uint8Array, 'a Uint8Array');
      assertEqual(bytes(out), entry[1]);
    });
  });

  test('TextEncoder basics', function () {
    const encoder = new TextEncoder();
    assertEqual(encoder.encoding, 'utf-8');
    assertEqual(encoder.encode().length, 0, 'no argument encodes the empty string');
  });

  test('TextEncoder.encodeInto writes whole code points only', function () {
    const target = new Uint8Array(5);
    const result = new TextEncoder().encodeInto('a\u20ac\uD83D\uDE00', target);
    assertEqual(result.read, 2);
    assertEqual(result.written, 4);
    assertEqual(bytes(target), '97,226,130,172,0');
  });

  // [bytes, decoded string with replacement, whether fatal mode throws]
  const DECODE = [
    [[], '', false],
    [[104, 105], 'hi', false],
    [[0xEF, 0xBB, 0xBF, 104, 105], 'hi', false],
    [[0xC3, 0xA9, 0xE2, 0x82, 0xAC], '\u00e9\u20ac', false],
    [[0xF0, 0x9F, 0x98, 0x80], '\uD83D\uDE00', false],
    [[0xFF], '\uFFFD', true],
    [[0xC3], '\uFFFD', true],
    [[0xE2, 0x82], '\uFFFD', true],
    [[0xE2, 0x82, 0x41], '\uFFFDA', true],
    [[0xC0, 0x80], '\uFFFD\uFFFD', true],
    [[0xED, 0xA0, 0x80], '\uFFFD\uFFFD\uFFFD', true],
    [[0xF4, 0x90, 0x80, 0x80], '\uFFFD\uFFFD\uFFFD\uFFFD', true],
    [[0xF0, 0x80, 0x80], '\uFFFD\uFFFD\uFFFD', true],
    [[0x80, 0x41], '\uFFFDA', true],
  ];
  DECODE.forEach(function (entry) {
    const input = new Uint8Array(entry[0]);
    test('TextDecoder decodes [' + entry[0].join(',') + ']', function () {
      assertEqual(new TextDecoder().decode(input), entry[1]);
      if (entry[2]) {
        assertThrows(function () { new TextDecoder('utf-8', { fatal: true }).decode(input); }, 'TypeError');
      } else {
        assertEqual(new TextDecoder('utf-8', { fatal: true }).decode(input), entry[1], 'fatal mode');
      }
    });
  });

  test('TextDecoder options, labels and buffer kinds', function () {
    const decoder = new TextDecoder('UTF8', { fatal: true });
    assertEqual(decoder.encoding, 'utf-8');
    assertEqual(decoder.fatal, true);
    assertEqual(decoder.ignoreBOM, false);
    const withBOM = new Uint8Array([0xEF, 0xBB, 0xBF, 0x41]);
    assertEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(withBOM), '\uFEFFA');
    assertEqual(new TextDecoder().decode(withBOM.buffer), 'A', 'an ArrayBuffer');
    assertEqual(new TextDecoder().decode(new DataView(withBOM.buffer, 3)), 'A', 'a DataView');
    assertEqual(new TextDecoder().decode(withBOM.subarray(3)), 'A', 'a view with an offset');
    assertEqual(new TextDecoder().decode(), '', 'no input');
  });

  test('TextDecoder streams sequences split across chunks', function () {
    const decoder = new TextDecoder();
    const data = [0xEF, 0xBB, 0xBF, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0x41];
    let out = '';
    for (let i = 0; i < data.length; i++) out += decoder.decode(new Uint8Array([data[i]]), { stream: true });
    out += decoder.decode();
    assertEqual(out, '\u20ac\uD83D\uDE00A');
    // An unfinished sequence at the end of the stream becomes U+FFFD.
    assertEqual(decoder.decode(new Uint8Array([0xE2, 0x82]), { stream: true }), '');
    assertEqual(decoder.decode(), '\uFFFD');
  });

  // [binary string, base64]
  const BASE64 = [
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foobar', 'Zm9vYmFy'],
    ['\u0000\u00ff\u00fe', 'AP/+'],
    ['{"id":42}', 'eyJpZCI6NDJ9'],
  ];
  BASE64.forEach(function (entry) {
    test('btoa and atob with ' + JSON.stringify(entry[0]), function () {
      assertEqual(btoa(entry[0]), entry[1]);
      assertEqual(atob(entry[1]), entry[0]);
    });
  });

  test('atob is forgiving about whitespace and padding', function () {
    assertEqual(atob(' Zm 9v\nYg '), 'foob');
    assertEqual(atob('Zm9vYg'), 'foob', 'padding may be left out');
    assertEqual(atob('Zm9vYg=='), 'foob');
  });

  test('atob rejects bad input with InvalidCharacterError', function () {
    ['Zm9vY', 'Zm9vYg=', 'Zm9v!', 'Zg===', '=Zm9', 'Zm_v'].forEach(function (input) {
      assertThrows(function () { atob(input); }, 'InvalidCharacterError', JSON.stringify(input));
    });
  });

  test('btoa rejects characters above U+00FF', function () {
    assertThrows(function () { btoa('\u20ac'); }, 'InvalidCharacterError');
    assertEqual(btoa(btoa('\u00e9')), 'NlE9PQ==', 'bytes up to 0xFF are fine');
  });

  // Runs fn with globalThis.DOMException replaced (undefined removes it), then restores it.
  function withDOMException(replacement, fn) {
    const had = 'DOMException' in globalThis, saved = globalThis.DOMException;
    if (replacement === undefined) delete globalThis.DOMException;
    else globalThis.DOMException = replacement;
    try { fn(); } finally {
      if (had) globalThis.DOMException = saved;
      else delete globalThis.DOMException;
    }
  }
  const caught = function (fn) { try { fn(); } catch (e) { return e; } return null; };

  test('the InvalidCharacterError is a DOMException when the page has one', function () {
    function FakeDOMException(message, name) { this.message = message; this.name = name; }
    withDOMException(FakeDOMException, function () {
      const error = caught(function () { atob('!!!!'); });
      assert(error instanceof FakeDOMException, 'made with the DOMException found at call time');
      assertEqual(error.name, 'InvalidCharacterError');
      assert(caught(function () { btoa('\u0100'); }) instanceof FakeDOMException, 'btoa too');
    });
  });

  test('the InvalidCharacterError is an Error without DOMException', function () {
    withDOMException(undefined, function () {
      const error = caught(function () { btoa('\u0100'); });
      assert(error instanceof Error, 'an Error');
      assertEqual(error.name, 'InvalidCharacterError');
    });
  });

  test('atob and btoa need an argument', function () {
    assertThrows(function () { atob(); }, 'TypeError');
    assertThrows(function () { btoa(); }, 'TypeError');
  });
})();
