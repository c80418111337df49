// TextEncoder, TextDecoder (UTF-8 only), atob and btoa, after the Encoding and HTML standards.
//
// Embedded JavaScriptCore has none of them. UTF-8 itself (`__rt.utf8Encode`, `__rt.utf8Decode`) lives
// in url/url.js, which the URL parser needs first.
(function () {
  'use strict';

  const rt = globalThis.__rt;
  const UTF8_LABELS = ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'];

  // Tags rather than instanceof, so that buffers from other frames are accepted too.
  const tagOf = (value) => Object.prototype.toString.call(value).slice(8, -1);

  /** Views any BufferSource as bytes without copying. */
  function toBytes(input) {
    if (input === undefined) return new Uint8Array(0);
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    const tag = tagOf(input);
    if (tag === 'ArrayBuffer' || tag === 'SharedArrayBuffer') return new Uint8Array(input);
    throw new TypeError("Failed to execute 'decode' on 'TextDecoder': input is not an ArrayBuffer or view");
  }

  /** Encodes strings to UTF-8 bytes. */
  class TextEncoder {
    get encoding() { return 'utf-8'; }

    encode(input) {
      return new Uint8Array(rt.utf8Encode(rt.toUSV(input === undefined ? '' : input)));
    }

    encodeInto(source, destination) {
      if (tagOf(destination) !== 'Uint8Array') throw new TypeError('encodeInto: destination must be a Uint8Array');
      let read = 0, written = 0;
      // Whole code points only: stop before one that would not fit.
      for (const ch of rt.toUSV(source)) {
        const bytes = rt.utf8Encode(ch);
        if (written + bytes.length > destination.length) break;
        destination.set(bytes, written);
        written += bytes.length;
        read += ch.length;
      }
      return { read, written };
    }
  }

  const PENDING = Symbol('pending');
  const BOM_SEEN = Symbol('bomSeen');

  /** Decodes UTF-8 bytes to strings, optionally in a stream of chunks. */
  class TextDecoder {
    constructor(label, options) {
      const name = label === undefined ? 'utf-8' : String(label).trim().toLowerCase();
      if (UTF8_LABELS.indexOf(name) < 0) {
        throw rt.notImplemented("TextDecoder encoding '" + name + "'");
      }
      options = options || {};
      Object.defineProperty(this, 'fatal', { value: Boolean(options.fatal) });
      Object.defineProperty(this, 'ignoreBOM', { value: Boolean(options.ignoreBOM) });
      this[PENDING] = [];
      this[BOM_SEEN] = false;
    }

    get encoding() { return 'utf-8'; }

    decode(input, options) {
      const stream = Boolean(options && options.stream);
      let bytes = toBytes(input);
      if (this[PENDING].length > 0) bytes = this[PENDING].concat(Array.from(bytes));
      this[PENDING] = [];
      let end = bytes.length;
      // Hold back an incomplete sequence at the end until the next chunk arrives.
      if (stream) end -= incompleteTail(bytes);
      this[PENDING] = Array.prototype.slice.call(bytes, end);

      // An unfinished BOM is an unfinished sequence too, so it is never split here.
      let start = 0;
      if (!this[BOM_SEEN] && end > 0) {
        if (!this.ignoreBOM && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) start = 3;
        this[BOM_SEEN] = true;
      }

      const text = rt.utf8Decode(Array.prototype.slice.call(bytes, start, end), this.fatal);
      if (!stream) this[BOM_SEEN] = false;
      if (text === null) {
        this[PENDING] = [];
        this[BOM_SEEN] = false;
        throw new TypeError("Failed to execute 'decode' on 'TextDecoder': the encoded data was not valid");
      }
      return text;
    }
  }

  /** How many trailing bytes form a valid but unfinished UTF-8 sequence. */
  function incompleteTail(bytes) {
    const n = bytes.length;
    for (let k = 1; k <= 3 && k <= n; k++) {
      const b = bytes[n - k];
      if (b >= 0x80 && b <= 0xBF) continue;
      const need = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 1;
      if (need <= k) return 0;
      // The second byte of E0, ED, F0 and F4 sequences has a narrower range.
      if (k >= 2) {
        const second = bytes[n - k + 1];
        if ((b === 0xE0 && second < 0xA0) || (b === 0xED && second > 0x9F) ||
            (b === 0xF0 && second < 0x90) || (b === 0xF4 && second > 0x8F)) return 0;
      }
      return k;
    }
    return 0;
  }

  // ---------------------------------------------------------------- atob and btoa

  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

  /** DOMException when the page has one, else an Error carrying the same name. */
  function invalidCharacter(message) {
    if (typeof globalThis.DOMException === 'function') {
      return new globalThis.DOMException(message, 'InvalidCharacterError');
    }
    const error = new Error(message);
    error.name = 'InvalidCharacterError';
    return error;
  }

  /** Decodes base64 to a binary string (one char per byte), forgivingly. */
  function atob(data) {
    if (arguments.length < 1) throw new TypeError("Failed to execute 'atob': 1 argument required");
    let s = String(data).replace(/[\t\n\f\r ]/g, '');
    if (s.length % 4 === 0) s = s.replace(/==?$/, '');
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) {
      throw invalidCharacter("Failed to execute 'atob': The string to be decoded is not correctly encoded.");
    }
    let out = '';
    let buffer = 0, bits = 0;
    for (let i = 0; i < s.length; i++) {
      buffer = (buffer << 6) | ALPHABET.indexOf(s[i]);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += String.fromCharCode((buffer >> bits) & 0xFF);
      }
    }
    return out;
  }

  /** Encodes a binary string (chars up to U+00FF) as base64. */
  function btoa(data) {
    if (arguments.length < 1) throw new TypeError("Failed to execute 'btoa': 1 argument required");
    const s = String(data);
    if (/[^\0-\xFF]/.test(s)) {
      throw invalidCharacter("Failed to execute 'btoa': The string to be encoded contains characters outside of the Latin1 range.");
    }
    let out = '';
    for (let i = 0; i < s.length; i += 3) {
      const a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
      const n = (a << 16) | ((b || 0) << 8) | (c || 0);
      out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
      out += i + 1 < s.length ? ALPHABET[(n >> 6) & 63] : '=';
      out += i + 2 < s.length ? ALPHABET[n & 63] : '=';
    }
    return out;
  }

  for (const [name, value] of [['TextEncoder', TextEncoder], ['TextDecoder', TextDecoder], ['atob', atob], ['btoa', btoa]]) {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
  }
  Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });
  Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });
})();
