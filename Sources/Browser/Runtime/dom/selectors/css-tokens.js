// DOM part 6: the CSS tokenizer used by the selector parser (identifiers, escapes, strings, comments
// as in CSS Syntax Level 3).
(() => {
  'use strict';
  const dom = __rt.dom;

  const isWS = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  const isNameStart = (c) => c !== undefined && (/[A-Za-z_]/.test(c) || c >= '\u0080');
  const isName = (c) => c !== undefined && (/[\w-]/.test(c) || c >= '\u0080');

  /**
   * Splits a selector into tokens: ws, ident, func, hash, str, num and delim (single chars or `~=` etc).
   * Each token records its start and end offsets; `bad` is called for a string broken by a newline.
   */
  const tokenize = (s, bad) => {
    const toks = [];
    const n = s.length;
    let i = 0;
    const validEscape = (j) => s[j] === '\\' && s[j + 1] !== '\n' && s[j + 1] !== '\r' && s[j + 1] !== '\f';
    const startsIdent = (j) => (s[j] === '-'
      ? isNameStart(s[j + 1]) || s[j + 1] === '-' || validEscape(j + 1)
      : isNameStart(s[j]) || validEscape(j));
    const readEscape = () => {
      i++;
      if (i >= n) return '\uFFFD';
      const hex = /^[0-9a-fA-F]{1,6}/.exec(s.slice(i, i + 6));
      if (!hex) return s[i++];
      i += hex[0].length;
      let cp = parseInt(hex[0], 16);
      if (cp === 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
      if (s[i] === '\r' && s[i + 1] === '\n') i += 2;
      else if (isWS(s[i])) i++;
      return String.fromCodePoint(cp);
    };
    const readName = () => {
      let out = '';
      while (i < n) {
        if (isName(s[i])) out += s[i++];
        else if (validEscape(i)) out += readEscape();
        else break;
      }
      return out;
    };
    while (i < n) {
      const c = s[i];
      const start = i;
      let t;
      if (isWS(c)) {
        while (i < n && isWS(s[i])) i++;
        t = { t: 'ws' };
      } else if (c === '/' && s[i + 1] === '*') {
        const end = s.indexOf('*/', i + 2);
        i = end < 0 ? n : end + 2;
        continue;
      } else if (c === '"' || c === "'") {
        let v = '';
        i++;
        while (i < n && s[i] !== c) {
          if (s[i] === '\n') bad();
          if (s[i] !== '\\') v += s[i++];
          else if (s[i + 1] === '\n') i += 2;
          else if (i + 1 >= n) i++;
          else v += readEscape();
        }
        i++;
        t = { t: 'str', v };
      } else if (c === '#' && (isName(s[i + 1]) || validEscape(i + 1))) {
        i++;
        t = { t: 'hash', v: readName() };
      } else if (startsIdent(i)) {
        const v = readName();
        if (s[i] === '(') { i++; t = { t: 'func', v: v.toLowerCase() }; } else t = { t: 'ident', v };
      } else if (/[0-9]/.test(c) || ((c === '+' || c === '-' || c === '.') && /[0-9]/.test(s[i + 1]))) {
        i++;
        while (i < n && (isName(s[i]) || s[i] === '.')) i++;
        t = { t: 'num' };
      } else if ('~|^$*'.includes(c) && s[i + 1] === '=') {
        i += 2;
        t = { t: 'delim', v: c + '=' };
      } else {
        i++;
        t = { t: 'delim', v: c };
      }
      t.start = start;
      t.end = i;
      toks.push(t);
    }
    return toks;
  };
  dom.cssTokenize = tokenize;
})();
