// URL and URLSearchParams, after the WHATWG URL Standard.
//
// JavaScriptCore embedded outside WebKit has neither, yet sites and the call-tracking
// client read `location.search` through them. The parser is the spec's state machine,
// kept close to the spec's wording so that each branch can be checked against it. Plain
// http(s) URLs, most of what a page parses, take a one-regex fast path to the same record.
// Also exports `__rt.parseURL(input, base)` and the UTF-8 helpers used by
// encoding/encoding.js (`__rt.utf8Encode`, `__rt.utf8Decode`).
(function () {
  'use strict';

  const rt = globalThis.__rt || (globalThis.__rt = {});

  // ---------------------------------------------------------------- strings and UTF-8

  /** Replaces lone surrogates with U+FFFD, as WebIDL's USVString conversion does. */
  function toUSV(value) {
    const s = String(value);
    if (!/[\uD800-\uDFFF]/.test(s)) return s;
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) { out += s[i] + s[i + 1]; i++; continue; }
      }
      out += (c >= 0xD800 && c <= 0xDFFF) ? '\uFFFD' : s[i];
    }
    return out;
  }

  /** Encodes a well-formed string as an array of UTF-8 bytes. */
  function utf8Encode(s) {
    const bytes = [];
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (c < 0x80) bytes.push(c);
      else if (c < 0x800) bytes.push(0xC0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) bytes.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else bytes.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return bytes;
  }

  /**
   * Decodes UTF-8 bytes (any array-like) without BOM handling; each maximal
   * invalid subsequence becomes one U+FFFD, as the Encoding Standard requires.
   * With `fatal`, returns null instead of substituting.
   */
  function utf8Decode(bytes, fatal) {
    let out = '';
    let chunk = [];
    const n = bytes.length;
    for (let i = 0; i < n;) {
      const b = bytes[i];
      let cp = -1, need = 0, lower = 0x80, upper = 0xBF;
      if (b < 0x80) { cp = b; i++; }
      else if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
      else if (b >= 0xE0 && b <= 0xEF) {
        need = 2; cp = b & 0xF;
        if (b === 0xE0) lower = 0xA0; else if (b === 0xED) upper = 0x9F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3; cp = b & 0x7;
        if (b === 0xF0) lower = 0x90; else if (b === 0xF4) upper = 0x8F;
      }
      if (need > 0) {
        let j = i + 1;
        for (let k = 0; k < need; k++, j++) {
          const next = j < n ? bytes[j] : -1;
          if (next < lower || next > upper) { cp = -1; break; }
          cp = (cp << 6) | (next & 0x3F);
          lower = 0x80; upper = 0xBF;
        }
        // An invalid sequence consumes only the bytes that were valid so far.
        i = cp < 0 ? Math.max(i + 1, j) : j;
      } else if (cp < 0) {
        i++;
      }
      if (cp < 0) {
        if (fatal) return null;
        cp = 0xFFFD;
      }
      chunk.push(cp);
      // fromCodePoint with too many arguments overflows the stack; flush in chunks.
      if (chunk.length >= 4096) { out += String.fromCodePoint.apply(null, chunk); chunk = []; }
    }
    return out + String.fromCodePoint.apply(null, chunk);
  }

  const HEX = '0123456789ABCDEF';
  // Character tests take one code point (a string) or undefined for the end of input.
  const isDigit = (c) => c !== undefined && c.length === 1 && c >= '0' && c <= '9';
  const isAlpha = (c) => c !== undefined && c.length === 1 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  const isHex = (c) => isDigit(c) || (c !== undefined && c.length === 1 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));

  /** Percent-decodes a string's UTF-8 bytes; bad escapes are left as they are. */
  function percentDecodeBytes(s) {
    const bytes = utf8Encode(s);
    const out = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x25 && i + 2 < bytes.length && isHexByte(bytes[i + 1]) && isHexByte(bytes[i + 2])) {
        out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
        i += 2;
      } else {
        out.push(b);
      }
    }
    return out;
  }
  function isHexByte(b) {
    return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
  }

  // Percent-encode sets, as predicates over a code point.
  const inC0Control = (c) => c < 0x20 || c > 0x7E;
  const inFragment = (c) => inC0Control(c) || c === 0x20 || c === 0x22 || c === 0x3C || c === 0x3E || c === 0x60;
  const inQuery = (c) => inC0Control(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3C || c === 0x3E;
  const inSpecialQuery = (c) => inQuery(c) || c === 0x27;
  // Chromium and Node do not (yet) escape `^` in paths; we follow them.
  const inPath = (c) => inQuery(c) || c === 0x3F || c === 0x60 || c === 0x7B || c === 0x7D;
  const inUserinfo = (c) => inPath(c) || c === 0x2F || c === 0x3A || c === 0x3B || c === 0x3D || c === 0x40 ||
    (c >= 0x5B && c <= 0x5E) || c === 0x7C;
  const inForm = (c) => inUserinfo(c) || c === 0x24 || c === 0x25 || c === 0x26 || c === 0x2B || c === 0x2C ||
    c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7E;

  /** UTF-8 percent-encodes one code point (a string) if the set contains it. */
  function encodeCodePoint(ch, inSet) {
    const c = ch.codePointAt(0);
    if (!inSet(c)) return ch;
    let out = '';
    for (const b of utf8Encode(ch)) out += '%' + HEX[b >> 4] + HEX[b & 15];
    return out;
  }

  function encodeString(s, inSet) {
    let out = '';
    for (const ch of s) out += encodeCodePoint(ch, inSet);
    return out;
  }

  // ---------------------------------------------------------------- hosts

  function isSpecialScheme(s) {
    return s === 'https' || s === 'http' || s === 'file' || s === 'wss' || s === 'ws' || s === 'ftp';
  }
  /** The default port of a special scheme, else null. */
  function defaultPort(scheme) {
    switch (scheme) {
      case 'http': case 'ws': return 80;
      case 'https': case 'wss': return 443;
      case 'ftp': return 21;
      default: return null;
    }
  }
  const FORBIDDEN_HOST = /[\0\t\n\r #/:<>?@[\\\]^|]/;
  const FORBIDDEN_DOMAIN = /[\0-\x20#%/:<>?@[\\\]^|\x7F]/;

  /** Parses a host string; returns its serialization or null for failure. */
  function parseHost(input, isOpaque) {
    if (input[0] === '[') {
      if (input[input.length - 1] !== ']') return null;
      const pieces = parseIPv6(Array.from(input.slice(1, -1)));
      return pieces && '[' + serializeIPv6(pieces) + ']';
    }
    if (isOpaque) {
      if (FORBIDDEN_HOST.test(input)) return null;
      return encodeString(input, inC0Control);
    }
    const domain = utf8Decode(percentDecodeBytes(input));
    const ascii = domainToASCII(domain);
    if (ascii === null || FORBIDDEN_DOMAIN.test(ascii)) return null;
    if (endsInANumber(ascii)) {
      const n = parseIPv4(ascii);
      return n === null ? null : serializeIPv4(n);
    }
    return ascii;
  }

  function endsInANumber(s) {
    const parts = s.split('.');
    if (parts[parts.length - 1] === '') {
      if (parts.length === 1) return false;
      parts.pop();
    }
    const last = parts[parts.length - 1];
    if (last !== '' && /^[0-9]+$/.test(last)) return true;
    return parseIPv4Number(last) !== null;
  }

  function parseIPv4Number(s) {
    if (s === '') return null;
    let radix = 10;
    if (/^0[xX]/.test(s)) { radix = 16; s = s.slice(2); }
    else if (s.length > 1 && s[0] === '0') { radix = 8; s = s.slice(1); }
    if (s === '') return 0;
    const valid = radix === 16 ? /^[0-9A-Fa-f]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
    return valid.test(s) ? parseInt(s, radix) : null;
  }

  function parseIPv4(s) {
    const parts = s.split('.');
    if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
    if (parts.length > 4) return null;
    const numbers = [];
    for (const part of parts) {
      const n = parseIPv4Number(part);
      if (n === null) return null;
      numbers.push(n);
    }
    const last = numbers.pop();
    if (numbers.some((n) => n > 255)) return null;
    if (last >= Math.pow(256, 4 - numbers.length)) return null;
    let ipv4 = last;
    numbers.forEach((n, i) => { ipv4 += n * Math.pow(256, 3 - i); });
    return ipv4;
  }

  function serializeIPv4(n) {
    const out = [];
    for (let i = 0; i < 4; i++) { out.unshift(String(n % 256)); n = Math.floor(n / 256); }
    return out.join('.');
  }

  /** The spec's IPv6 parser over an array of code points; returns 8 pieces or null. */
  function parseIPv6(input) {
    const address = [0, 0, 0, 0, 0, 0, 0, 0];
    let pieceIndex = 0, compress = null, p = 0;
    if (input[p] === ':') {
      if (input[p + 1] !== ':') return null;
      p += 2;
      compress = ++pieceIndex;
    }
    while (input[p] !== undefined) {
      if (pieceIndex === 8) return null;
      if (input[p] === ':') {
        if (compress !== null) return null;
        p++;
        compress = ++pieceIndex;
        continue;
      }
      let value = 0, length = 0;
      while (length < 4 && isHex(input[p])) { value = value * 16 + parseInt(input[p], 16); p++; length++; }
      if (input[p] === '.') {
        // An embedded IPv4 address fills the last two pieces.
        if (length === 0) return null;
        p -= length;
        if (pieceIndex > 6) return null;
        let numbersSeen = 0;
        while (input[p] !== undefined) {
          let piece = null;
          if (numbersSeen > 0) {
            if (input[p] === '.' && numbersSeen < 4) p++;
            else return null;
          }
          if (!isDigit(input[p])) return null;
          while (isDigit(input[p])) {
            const digit = input[p].charCodeAt(0) - 48;
            if (piece === null) piece = digit;
            else if (piece === 0) return null;
            else piece = piece * 10 + digit;
            if (piece > 255) return null;
            p++;
          }
          address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
          numbersSeen++;
          if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
        }
        if (numbersSeen !== 4) return null;
        break;
      } else if (input[p] === ':') {
        p++;
        if (input[p] === undefined) return null;
      } else if (input[p] !== undefined) {
        return null;
      }
      address[pieceIndex++] = value;
    }
    if (compress !== null) {
      let swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex !== 0 && swaps > 0) {
        const t = address[pieceIndex];
        address[pieceIndex] = address[compress + swaps - 1];
        address[compress + swaps - 1] = t;
        pieceIndex--; swaps--;
      }
    } else if (pieceIndex !== 8) {
      return null;
    }
    return address;
  }

  function serializeIPv6(address) {
    // Compress the first longest run of two or more zero pieces.
    let compress = -1, bestLength = 1;
    for (let i = 0; i < 8;) {
      let j = i;
      while (j < 8 && address[j] === 0) j++;
      if (j - i > bestLength) { compress = i; bestLength = j - i; }
      i = j === i ? i + 1 : j;
    }
    let out = '';
    for (let i = 0; i < 8; i++) {
      if (i === compress) { out += i === 0 ? '::' : ':'; i += bestLength - 1; continue; }
      out += address[i].toString(16);
      if (i !== 7) out += ':';
    }
    return out;
  }

  // ---------------------------------------------------------------- IDNA (simplified UTS #46)

  // Code points UTS #46 maps to nothing, and the ideographic full stops it maps to '.'.
  const IGNORED = /[\u00AD\u034F\u180B-\u180F\u200B\u2060\u2064\uFE00-\uFE0F\uFEFF]/g;
  const DOTS = /[\u3002\uFF0E\uFF61]/g;
  // Characters that make a domain invalid here: controls, joiners, U+FFFD and similar.
  const DISALLOWED = /[\u0080-\u009F\u200C\u200D\u2024\uFDD0-\uFDEF\uFFF9-\uFFFF]/;

  /**
   * Maps a domain to ASCII: case-folds and NFKC-normalises it, then encodes
   * non-ASCII labels with Punycode. Bidi and most contextual rules are not checked.
   */
  function domainToASCII(domain) {
    let mapped;
    if (/^[\x00-\x7F]*$/.test(domain)) {
      mapped = domain.toLowerCase();
    } else {
      if (DISALLOWED.test(domain)) return null;
      // UTS #46 maps capital sharp s to 'ss', where lower-casing would give 'ß'.
      mapped = domain.replace(IGNORED, '').replace(/\u1E9E/g, 'ss');
      if (mapped.normalize) mapped = mapped.normalize('NFKC').toLowerCase().normalize('NFKC');
      mapped = mapped.replace(DOTS, '.');
      if (DISALLOWED.test(mapped)) return null;
    }
    const labels = mapped.split('.');
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i];
      if (label.slice(0, 4) === 'xn--') {
        // An A-label must decode to a valid, already-mapped U-label: one the mapping would leave as it is
        // (NFKC, so a circled "23" that maps to the digits is not valid).
        const decoded = punycodeDecode(label.slice(4));
        if (decoded === null || DISALLOWED.test(decoded)) return null;
        if (decoded.normalize && decoded !== decoded.normalize('NFKC').toLowerCase()) return null;
      } else if (!/^[\x00-\x7F]*$/.test(label)) {
        labels[i] = 'xn--' + punycodeEncode(label);
      }
    }
    const result = labels.join('.');
    return result === '' ? null : result;
  }

  // Punycode (RFC 3492) parameters.
  const BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128;

  function adapt(delta, numPoints, firstTime) {
    delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
    delta += Math.floor(delta / numPoints);
    let k = 0;
    for (; delta > ((BASE - TMIN) * TMAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - TMIN));
    return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
  }
  const digitChar = (d) => String.fromCharCode(d < 26 ? d + 97 : d + 22);

  function punycodeEncode(label) {
    const input = Array.from(label, (ch) => ch.codePointAt(0));
    let out = input.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join('');
    const basic = out.length;
    let handled = basic;
    if (basic > 0) out += '-';
    let n = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
    while (handled < input.length) {
      const m = Math.min.apply(null, input.filter((c) => c >= n));
      delta += (m - n) * (handled + 1);
      n = m;
      for (const c of input) {
        if (c < n) delta++;
        if (c !== n) continue;
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
          if (q < t) break;
          out += digitChar(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        out += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
      delta++; n++;
    }
    return out;
  }

  /** Decodes a Punycode label (without `xn--`); null when malformed. */
  function punycodeDecode(s) {
    if (s === '') return null;
    const dash = s.lastIndexOf('-');
    const output = [];
    for (let j = 0; j < Math.max(dash, 0); j++) {
      const c = s.charCodeAt(j);
      if (c >= 0x80) return null;
      output.push(c);
    }
    let n = INITIAL_N, bias = INITIAL_BIAS, i = 0;
    for (let p = dash > 0 ? dash + 1 : 0; p < s.length;) {
      const oldi = i;
      for (let w = 1, k = BASE; ; k += BASE) {
        if (p >= s.length) return null;
        const c = s.charCodeAt(p++);
        const digit = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : BASE;
        if (digit >= BASE) return null;
        i += digit * w;
        const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
        if (digit < t) break;
        w *= BASE - t;
        if (i > 0x10FFFF * 64) return null;
      }
      bias = adapt(i - oldi, output.length + 1, oldi === 0);
      n += Math.floor(i / (output.length + 1));
      i %= output.length + 1;
      if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return null;
      output.splice(i++, 0, n);
    }
    return String.fromCodePoint.apply(null, output);
  }


  // ---------------------------------------------------------------- the basic URL parser

  /** A URL record: the parsed parts, before serialization. `path` is a string when opaque. */
  function newRecord() {
    return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
  }
  const isSpecial = (r) => isSpecialScheme(r.scheme);
  const hasOpaquePath = (r) => typeof r.path === 'string';
  const hasCredentials = (r) => r.username !== '' || r.password !== '';
  const cannotHaveCredentialsOrPort = (r) => r.host === null || r.host === '' || r.scheme === 'file';

  const isWindowsDriveLetter = (a, b) => isAlpha(a) && (b === ':' || b === '|');
  const isNormalizedDriveLetter = (s) => s.length === 2 && isAlpha(s[0]) && s[1] === ':';
  function startsWithDriveLetter(cps, p) {
    if (!isWindowsDriveLetter(cps[p], cps[p + 1])) return false;
    const third = cps[p + 2];
    return third === undefined || third === '/' || third === '\\' || third === '?' || third === '#';
  }
  const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
  const isDoubleDot = (s) => /^(\.|%2e)(\.|%2e)$/i.test(s);

  function shortenPath(r) {
    if (r.scheme === 'file' && r.path.length === 1 && isNormalizedDriveLetter(r.path[0])) return;
    r.path.pop();
  }

  const FAILURE = null;

  /**
   * The spec's basic URL parser. Without `url` it parses `input` (against the
   * record `base`, if any) and returns a new record or null. With `url` and a
   * state override it updates `url` in place, as the setters need; then it returns
   * `url`, or null when the spec says "return failure".
   */
  function basicParse(input, base, url, stateOverride) {
    if (!url) {
      url = newRecord();
      input = input.replace(/^[\0-\x20]+|[\0-\x20]+$/g, '');
    }
    const cps = Array.from(input.replace(/[\t\n\r]/g, ''));
    let state = stateOverride || 'scheme start';
    let buffer = '';
    let atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;

    for (let p = 0; ; p++) {
      const c = cps[p]; // undefined is the spec's EOF code point
      const special = isSpecial(url);
      const endOfAuthority = c === undefined || c === '/' || c === '?' || c === '#' || (special && c === '\\');

      switch (state) {
        case 'scheme start':
          if (isAlpha(c)) { buffer += c.toLowerCase(); state = 'scheme'; }
          else if (!stateOverride) { state = 'no scheme'; p--; }
          else return FAILURE;
          break;

        case 'scheme':
          if (isAlpha(c) || isDigit(c) || c === '+' || c === '-' || c === '.') {
            buffer += c.toLowerCase();
          } else if (c === ':') {
            if (stateOverride) {
              if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
              if ((hasCredentials(url) || url.port !== null) && buffer === 'file') return url;
              if (url.scheme === 'file' && url.host === '') return url;
            }
            url.scheme = buffer;
            if (stateOverride) {
              if (url.port === defaultPort(url.scheme)) url.port = null;
              return url;
            }
            buffer = '';
            if (url.scheme === 'file') {
              state = 'file';
            } else if (isSpecial(url) && base && base.scheme === url.scheme) {
              state = 'special relative or authority';
            } else if (isSpecial(url)) {
              state = 'special authority slashes';
            } else if (cps[p + 1] === '/') {
              state = 'path or authority'; p++;
            } else {
              url.path = '';
              state = 'opaque path';
            }
          } else if (!stateOverride) {
            buffer = ''; state = 'no scheme'; p = -1;
          } else {
            return FAILURE;
          }
          break;

        case 'no scheme':
          if (!base || (hasOpaquePath(base) && c !== '#')) return FAILURE;
          if (hasOpaquePath(base) && c === '#') {
            url.scheme = base.scheme; url.path = base.path; url.query = base.query;
            url.fragment = ''; state = 'fragment';
          } else {
            state = base.scheme !== 'file' ? 'relative' : 'file'; p--;
          }
          break;

        case 'special relative or authority':
          if (c === '/' && cps[p + 1] === '/') { state = 'special authority ignore slashes'; p++; }
          else { state = 'relative'; p--; }
          break;

        case 'path or authority':
          if (c === '/') state = 'authority';
          else { state = 'path'; p--; }
          break;

        case 'relative':
          url.scheme = base.scheme;
          if (c === '/' || (isSpecial(url) && c === '\\')) {
            state = 'relative slash';
          } else {
            url.username = base.username; url.password = base.password; url.host = base.host;
            url.port = base.port; url.path = base.path.slice(); url.query = base.query;
            if (c === '?') { url.query = ''; state = 'query'; }
            else if (c === '#') { url.fragment = ''; state = 'fragment'; }
            else if (c !== undefined) { url.query = null; shortenPath(url); state = 'path'; p--; }
          }
          break;

        case 'relative slash':
          if (special && (c === '/' || c === '\\')) {
            state = 'special authority ignore slashes';
          } else if (c === '/') {
            state = 'authority';
          } else {
            url.username = base.username; url.password = base.password; url.host = base.host;
            url.port = base.port; state = 'path'; p--;
          }
          break;

        case 'special authority slashes':
          if (c === '/' && cps[p + 1] === '/') p++;
          else p--;
          state = 'special authority ignore slashes';
          break;

        case 'special authority ignore slashes':
          if (c !== '/' && c !== '\\') { state = 'authority'; p--; }
          break;

        case 'authority':
          if (c === '@') {
            if (atSignSeen) buffer = '%40' + buffer;
            atSignSeen = true;
            for (const ch of buffer) {
              if (ch === ':' && !passwordTokenSeen) { passwordTokenSeen = true; continue; }
              const encoded = encodeCodePoint(ch, inUserinfo);
              if (passwordTokenSeen) url.password += encoded; else url.username += encoded;
            }
            buffer = '';
          } else if (endOfAuthority) {
            if (atSignSeen && buffer === '') return FAILURE;
            p -= Array.from(buffer).length + 1;
            buffer = '';
            state = 'host';
          } else {
            buffer += c;
          }
          break;

        case 'host':
        case 'hostname':
          if (stateOverride && url.scheme === 'file') {
            p--; state = 'file host';
          } else if (c === ':' && !insideBrackets) {
            if (buffer === '') return FAILURE;
            if (stateOverride === 'hostname') return FAILURE;
            const host = parseHost(buffer, !special);
            if (host === null) return FAILURE;
            url.host = host; buffer = ''; state = 'port';
          } else if (endOfAuthority) {
            p--;
            if (special && buffer === '') return FAILURE;
            if (stateOverride && buffer === '' && (hasCredentials(url) || url.port !== null)) return FAILURE;
            const host = parseHost(buffer, !special);
            if (host === null) return FAILURE;
            url.host = host; buffer = ''; state = 'path start';
            if (stateOverride) return url;
          } else {
            if (c === '[') insideBrackets = true;
            if (c === ']') insideBrackets = false;
            buffer += c;
          }
          break;

        case 'port':
          if (isDigit(c)) {
            buffer += c;
          } else if (endOfAuthority || stateOverride) {
            if (buffer !== '') {
              const port = parseInt(buffer, 10);
              if (port > 65535) return FAILURE;
              url.port = port === defaultPort(url.scheme) ? null : port;
              buffer = '';
              if (stateOverride) return url;
            }
            if (stateOverride) return FAILURE;
            state = 'path start'; p--;
          } else {
            return FAILURE;
          }
          break;

        case 'file':
          url.scheme = 'file';
          url.host = '';
          if (c === '/' || c === '\\') {
            state = 'file slash';
          } else if (base && base.scheme === 'file') {
            url.host = base.host; url.path = base.path.slice(); url.query = base.query;
            if (c === '?') { url.query = ''; state = 'query'; }
            else if (c === '#') { url.fragment = ''; state = 'fragment'; }
            else if (c !== undefined) {
              url.query = null;
              if (!startsWithDriveLetter(cps, p)) shortenPath(url);
              else url.path = [];
              state = 'path'; p--;
            }
          } else {
            state = 'path'; p--;
          }
          break;

        case 'file slash':
          if (c === '/' || c === '\\') {
            state = 'file host';
          } else {
            if (base && base.scheme === 'file') {
              url.host = base.host;
              if (!startsWithDriveLetter(cps, p) && base.path.length > 0 && isNormalizedDriveLetter(base.path[0])) {
                url.path.push(base.path[0]);
              }
            }
            state = 'path'; p--;
          }
          break;

        case 'file host':
          if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
            p--;
            if (!stateOverride && buffer.length === 2 && isWindowsDriveLetter(buffer[0], buffer[1])) {
              state = 'path'; // the buffer is kept: it is the first path segment
            } else if (buffer === '') {
              url.host = '';
              if (stateOverride) return url;
              state = 'path start';
            } else {
              let host = parseHost(buffer, !special);
              if (host === null) return FAILURE;
              if (host === 'localhost') host = '';
              url.host = host;
              if (stateOverride) return url;
              buffer = ''; state = 'path start';
            }
          } else {
            buffer += c;
          }
          break;

        case 'path start':
          if (special) {
            state = 'path';
            if (c !== '/' && c !== '\\') p--;
          } else if (!stateOverride && c === '?') {
            url.query = ''; state = 'query';
          } else if (!stateOverride && c === '#') {
            url.fragment = ''; state = 'fragment';
          } else if (c !== undefined) {
            state = 'path';
            if (c !== '/') p--;
          } else if (stateOverride && url.host === null) {
            url.path.push('');
          }
          break;

        case 'path': {
          const slash = c === '/' || (special && c === '\\');
          if (c === undefined || slash || (!stateOverride && (c === '?' || c === '#'))) {
            if (isDoubleDot(buffer)) {
              shortenPath(url);
              if (!slash) url.path.push('');
            } else if (isSingleDot(buffer) && !slash) {
              url.path.push('');
            } else if (!isSingleDot(buffer)) {
              if (url.scheme === 'file' && url.path.length === 0 && buffer.length === 2 &&
                  isWindowsDriveLetter(buffer[0], buffer[1])) {
                buffer = buffer[0] + ':';
              }
              url.path.push(buffer);
            }
            buffer = '';
            if (c === '?') { url.query = ''; state = 'query'; }
            if (c === '#') { url.fragment = ''; state = 'fragment'; }
          } else {
            buffer += encodeCodePoint(c, inPath);
          }
          break;
        }

        case 'opaque path':
          if (c === '?') { url.query = ''; state = 'query'; }
          else if (c === '#') { url.fragment = ''; state = 'fragment'; }
          else if (c !== undefined) url.path += encodeCodePoint(c, inC0Control);
          break;

        case 'query':
          if ((!stateOverride && c === '#') || c === undefined) {
            url.query += encodeString(buffer, special ? inSpecialQuery : inQuery);
            buffer = '';
            if (c === '#') { url.fragment = ''; state = 'fragment'; }
          } else {
            buffer += c;
          }
          break;

        case 'fragment':
          if (c !== undefined) url.fragment += encodeCodePoint(c, inFragment);
          break;
      }
      if (p >= cps.length) return url;
    }
  }

  /** Serializes a URL record to its href. */
  function serialize(r, excludeFragment) {
    let out = r.scheme + ':';
    if (r.host !== null) {
      out += '//';
      if (hasCredentials(r)) {
        out += r.username;
        if (r.password !== '') out += ':' + r.password;
        out += '@';
      }
      out += r.host;
      if (r.port !== null) out += ':' + r.port;
    }
    if (hasOpaquePath(r)) {
      out += r.path;
    } else {
      // A leading empty segment without a host would read back as an authority.
      if (r.host === null && r.path.length > 1 && r.path[0] === '') out += '/.';
      for (const segment of r.path) out += '/' + segment;
    }
    if (r.query !== null) out += '?' + r.query;
    if (!excludeFragment && r.fragment !== null) out += '#' + r.fragment;
    return out;
  }

  function serializeOrigin(r) {
    if (r.scheme === 'blob') {
      if (!hasOpaquePath(r) && r.path.length === 0) return 'null';
      const inner = parse(hasOpaquePath(r) ? r.path : r.path.join('/'), null);
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    if (!isSpecial(r) || r.scheme === 'file') return 'null';
    return r.scheme + '://' + r.host + (r.port !== null ? ':' + r.port : '');
  }

  /** Drops trailing spaces from an opaque path once nothing follows it. */
  function stripTrailingSpaces(r) {
    if (!hasOpaquePath(r) || r.fragment !== null || r.query !== null) return;
    r.path = r.path.replace(/ +$/, '');
  }

  // ---------------------------------------------------------------- application/x-www-form-urlencoded

  /** Parses a query string into [name, value] pairs; never throws on bad escapes. */
  function parseForm(input) {
    const list = [];
    for (const sequence of input.split('&')) {
      if (sequence === '') continue;
      const eq = sequence.indexOf('=');
      const name = eq < 0 ? sequence : sequence.slice(0, eq);
      const value = eq < 0 ? '' : sequence.slice(eq + 1);
      list.push([formDecode(name), formDecode(value)]);
    }
    return list;
  }

  function formDecode(s) {
    s = s.replace(/\+/g, ' ');
    return s.indexOf('%') < 0 ? s : utf8Decode(percentDecodeBytes(s));
  }

  function formEncode(s) {
    let out = '';
    for (const ch of s) out += ch === ' ' ? '+' : encodeCodePoint(ch, inForm);
    return out;
  }

  function serializeForm(list) {
    return list.map(([name, value]) => formEncode(name) + '=' + formEncode(value)).join('&');
  }

  // ---------------------------------------------------------------- URLSearchParams

  const LIST = Symbol('list');
  const OWNER = Symbol('url');
  const RECORD = Symbol('record');
  const PARAMS = Symbol('searchParams');

  function requireArgs(args, count, what) {
    if (args.length < count) throw new TypeError(what + ': ' + count + ' argument(s) required');
  }

  /** The query of a URL, or a standalone list of name-value pairs. */
  class URLSearchParams {
    constructor(init) {
      this[LIST] = [];
      this[OWNER] = null;
      if (init === undefined) {
        // Nothing to read.
      } else if (init !== null && (typeof init === 'object' || typeof init === 'function')) {
        if (typeof init[Symbol.iterator] === 'function') {
          for (const pair of init) {
            if (typeof pair !== 'object' || pair === null || typeof pair[Symbol.iterator] !== 'function') {
              throw new TypeError("URLSearchParams: each pair must be an iterable");
            }
            const items = Array.from(pair);
            if (items.length !== 2) throw new TypeError('URLSearchParams: each pair must have exactly two items');
            this[LIST].push([toUSV(items[0]), toUSV(items[1])]);
          }
        } else {
          for (const key of Reflect.ownKeys(init)) {
            const desc = Object.getOwnPropertyDescriptor(init, key);
            if (typeof key === 'string' && desc && desc.enumerable) this[LIST].push([toUSV(key), toUSV(init[key])]);
          }
        }
      } else {
        let s = toUSV(init);
        if (s[0] === '?') s = s.slice(1);
        this[LIST] = parseForm(s);
      }
    }

    get size() { return this[LIST].length; }

    append(name, value) {
      requireArgs(arguments, 2, 'append');
      this[LIST].push([toUSV(name), toUSV(value)]);
      update(this);
    }

    delete(name, value) {
      requireArgs(arguments, 1, 'delete');
      name = toUSV(name);
      if (value === undefined) this[LIST] = this[LIST].filter((pair) => pair[0] !== name);
      else { value = toUSV(value); this[LIST] = this[LIST].filter((pair) => pair[0] !== name || pair[1] !== value); }
      update(this);
    }

    get(name) {
      requireArgs(arguments, 1, 'get');
      name = toUSV(name);
      const pair = this[LIST].find((p) => p[0] === name);
      return pair ? pair[1] : null;
    }

    getAll(name) {
      requireArgs(arguments, 1, 'getAll');
      name = toUSV(name);
      return this[LIST].filter((p) => p[0] === name).map((p) => p[1]);
    }

    has(name, value) {
      requireArgs(arguments, 1, 'has');
      name = toUSV(name);
      if (value === undefined) return this[LIST].some((p) => p[0] === name);
      value = toUSV(value);
      return this[LIST].some((p) => p[0] === name && p[1] === value);
    }

    set(name, value) {
      requireArgs(arguments, 2, 'set');
      name = toUSV(name); value = toUSV(value);
      // The first pair with this name takes the value; later ones go.
      let found = false;
      this[LIST] = this[LIST].filter((pair) => {
        if (pair[0] !== name) return true;
        if (found) return false;
        found = true; pair[1] = value; return true;
      });
      if (!found) this[LIST].push([name, value]);
      update(this);
    }

    sort() {
      // Array.prototype.sort is stable; `<` compares UTF-16 code units, as the spec asks.
      this[LIST].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      update(this);
    }

    forEach(callback, thisArg) {
      if (typeof callback !== 'function') throw new TypeError('forEach: callback is not a function');
      for (let i = 0; i < this[LIST].length; i++) {
        const pair = this[LIST][i];
        callback.call(thisArg, pair[1], pair[0], this);
      }
    }

    // Iterators read the live list, so changes during iteration show, as in browsers.
    * entries() { for (let i = 0; i < this[LIST].length; i++) yield [this[LIST][i][0], this[LIST][i][1]]; }
    * keys() { for (let i = 0; i < this[LIST].length; i++) yield this[LIST][i][0]; }
    * values() { for (let i = 0; i < this[LIST].length; i++) yield this[LIST][i][1]; }

    toString() { return serializeForm(this[LIST]); }
  }
  URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

  /** Writes a changed list back into the owning URL's query. */
  function update(params) {
    const url = params[OWNER];
    if (!url) return;
    const r = url[RECORD];
    const query = serializeForm(params[LIST]);
    r.query = query === '' ? null : query;
    if (query === '') stripTrailingSpaces(r);
  }

  // ---------------------------------------------------------------- URL

  /** Wraps a record in a URL object without parsing again. */
  function wrap(record) {
    const url = Object.create(URL.prototype);
    url[RECORD] = record;
    return url;
  }

  /** Re-reads the query into the URL's searchParams, if anyone has asked for them yet. */
  function refreshSearchParams(url) {
    // The query is used as it is: unlike the constructor, a leading '?' here is data.
    if (url[PARAMS]) url[PARAMS][LIST] = parseForm(url[RECORD].query || '');
  }

  /** Parses `input` against `base` (a string, URL or undefined) into a record, or null. */
  function parseWithBase(input, base) {
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = base instanceof URL ? base[RECORD] : parse(toUSV(base), null);
      if (baseRecord === null) return null;
    }
    return parse(toUSV(input), baseRecord);
  }

  /**
   * The basic URL parser without a state override, by way of `plainParse` where the URL is a plain one.
   * Every whole-URL parse goes through here; the setters' state overrides use `basicParse` itself.
   */
  function parse(input, base) {
    return plainParse(input, base) || basicParse(input, base);
  }

  // A plain http(s) URL: a lower-or-upper-case scheme, ASCII labels, a port, and a path, query and fragment
  // made only of characters no percent-encode set holds. Absolute, or path-absolute against an http(s) base.
  const PLAIN = /^(?:(https?):\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::([0-9]{1,5}))?)?((?:\/[\w\-.~!$&'()*+,;=:@%]*)+)?(?:\?([\w\-.~!$&()*+,;=:@%/?]*))?(?:#([\w\-.~!$&'()*+,;=:@%/?]*))?$/i;
  const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:\/|$)/i;

  /**
   * The record the basic parser would make, for the plain URLs most pages and the client use (the page's
   * own address, a script's path, an API endpoint), made with one regular expression; null for anything
   * else, which the full parser then reads. It leaves out what would need that parser's work: IDNA and
   * `xn--` labels, hosts that end in a number (IPv4), credentials, dot segments, characters to encode,
   * and relative forms other than a path from the root.
   */
  function plainParse(input, base) {
    const m = PLAIN.exec(input);
    if (m === null) return null;
    const [, scheme, host, port, path, query, fragment] = m;
    const url = newRecord();
    if (scheme !== undefined) {
      const labels = host.toLowerCase().split('.');
      const last = labels[labels.length - 1];
      if (isDigit(last[0]) || labels.some((l) => l.slice(0, 4) === 'xn--')) return null;
      url.scheme = scheme.toLowerCase();
      url.host = labels.join('.');
      if (port !== undefined) {
        const n = parseInt(port, 10);
        if (n > 65535) return null;
        url.port = n === defaultPort(url.scheme) ? null : n;
      }
    } else {
      // A path from the root takes the base's scheme, credentials, host and port.
      if (path === undefined || path[1] === '/' || !base || (base.scheme !== 'http' && base.scheme !== 'https')) {
        return null;
      }
      url.scheme = base.scheme; url.username = base.username; url.password = base.password;
      url.host = base.host; url.port = base.port;
    }
    if (path !== undefined) {
      if (DOT_SEGMENT.test(path)) return null;
      url.path = path.slice(1).split('/');
    } else {
      url.path = [''];
    }
    if (query !== undefined) url.query = query;
    if (fragment !== undefined) url.fragment = fragment;
    return url;
  }

  /** A parsed URL with live, settable parts. */
  class URL {
    constructor(url, base) {
      requireArgs(arguments, 1, 'URL');
      const record = parseWithBase(url, base);
      if (record === null) throw new TypeError("Invalid URL: '" + toUSV(url) + "'");
      this[RECORD] = record;
    }

    static canParse(url, base) {
      requireArgs(arguments, 1, 'URL.canParse');
      return parseWithBase(url, base) !== null;
    }

    static parse(url, base) {
      requireArgs(arguments, 1, 'URL.parse');
      const record = parseWithBase(url, base);
      return record === null ? null : wrap(record);
    }

    get href() { return serialize(this[RECORD]); }
    set href(value) {
      const record = parse(toUSV(value), null);
      if (record === null) throw new TypeError("Invalid URL: '" + toUSV(value) + "'");
      this[RECORD] = record;
      refreshSearchParams(this);
    }

    // Made on first use: most URLs (links, location, requests) never need one.
    get searchParams() {
      if (!this[PARAMS]) {
        const params = new URLSearchParams();
        params[OWNER] = this;
        this[PARAMS] = params;
        refreshSearchParams(this);
      }
      return this[PARAMS];
    }

    get origin() { return serializeOrigin(this[RECORD]); }

    get protocol() { return this[RECORD].scheme + ':'; }
    set protocol(value) { basicParse(toUSV(value) + ':', null, this[RECORD], 'scheme start'); }

    get username() { return this[RECORD].username; }
    set username(value) {
      if (cannotHaveCredentialsOrPort(this[RECORD])) return;
      this[RECORD].username = encodeString(toUSV(value), inUserinfo);
    }

    get password() { return this[RECORD].password; }
    set password(value) {
      if (cannotHaveCredentialsOrPort(this[RECORD])) return;
      this[RECORD].password = encodeString(toUSV(value), inUserinfo);
    }

    get host() {
      const r = this[RECORD];
      if (r.host === null) return '';
      return r.port === null ? r.host : r.host + ':' + r.port;
    }
    set host(value) {
      if (hasOpaquePath(this[RECORD])) return;
      basicParse(toUSV(value), null, this[RECORD], 'host');
    }

    get hostname() { return this[RECORD].host === null ? '' : this[RECORD].host; }
    set hostname(value) {
      if (hasOpaquePath(this[RECORD])) return;
      basicParse(toUSV(value), null, this[RECORD], 'hostname');
    }

    get port() { return this[RECORD].port === null ? '' : String(this[RECORD].port); }
    set port(value) {
      const r = this[RECORD];
      if (cannotHaveCredentialsOrPort(r)) return;
      value = toUSV(value);
      if (value === '') r.port = null;
      else basicParse(value, null, r, 'port');
    }

    get pathname() {
      const r = this[RECORD];
      return hasOpaquePath(r) ? r.path : r.path.map((s) => '/' + s).join('');
    }
    set pathname(value) {
      if (hasOpaquePath(this[RECORD])) return;
      this[RECORD].path = [];
      basicParse(toUSV(value), null, this[RECORD], 'path start');
    }

    get search() {
      const q = this[RECORD].query;
      return q === null || q === '' ? '' : '?' + q;
    }
    set search(value) {
      const r = this[RECORD];
      value = toUSV(value);
      if (value === '') {
        r.query = null;
        refreshSearchParams(this);
        stripTrailingSpaces(r);
        return;
      }
      const input = value[0] === '?' ? value.slice(1) : value;
      r.query = '';
      basicParse(input, null, r, 'query');
      refreshSearchParams(this);
    }

    get hash() {
      const f = this[RECORD].fragment;
      return f === null || f === '' ? '' : '#' + f;
    }
    set hash(value) {
      const r = this[RECORD];
      value = toUSV(value);
      if (value === '') {
        r.fragment = null;
        stripTrailingSpaces(r);
        return;
      }
      r.fragment = '';
      basicParse(value[0] === '#' ? value.slice(1) : value, null, r, 'fragment');
    }

    toString() { return this.href; }
    toJSON() { return this.href; }
  }
  Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

  // Accessors are enumerable on the prototype, as WebIDL attributes are.
  for (const name of Object.getOwnPropertyNames(URL.prototype)) {
    const desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
    if (desc.get) Object.defineProperty(URL.prototype, name, { enumerable: true });
  }

  Object.defineProperty(globalThis, 'URL', { value: URL, writable: true, configurable: true });
  Object.defineProperty(globalThis, 'URLSearchParams', { value: URLSearchParams, writable: true, configurable: true });

  /** Parses a URL for the runtime (location, links, XHR): a URL object, or null. */
  rt.parseURL = function (input, base) {
    const record = parseWithBase(input, base === null ? undefined : base);
    return record === null ? null : wrap(record);
  };
  // The fast path and the full parser, side by side, for the test that holds them to the same records.
  rt.urlParsers = { plain: plainParse, basic: basicParse };
  rt.toUSV = toUSV;
  rt.utf8Encode = utf8Encode;
  rt.utf8Decode = utf8Decode;
})();
