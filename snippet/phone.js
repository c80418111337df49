// phone.js: numbers as written on a page to E.164 digits, and tracking numbers back into
// the shape of the original. No metadata tables beyond the few rules that need them.

// Trunk prefixes other than the common '0' (regex source), by country code.
const dniTrunks = { 1: '1', 7: '8', 36: '06', 375: '80?', 692: '1', 993: '8' };
// Countries whose leading 0 belongs to the number itself (Italy and friends).
const dniKeepZero = ' 39 225 227 229 241 242 267 268 378 501 676 679 687 853 ';
// Two-digit country codes; 1 and 7 are the one-digit ones, all others have three digits.
const dniCc2 = ' 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 ' +
  '60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98 ';

const dniCcOf = e164 => e164.slice(0, /^[17]/.test(e164) ? 1 : dniCc2.includes(' ' + e164.slice(0, 2) + ' ') ? 2 : 3);
const dniTrunk = cc => dniKeepZero.includes(' ' + cc + ' ') ? '' : dniTrunks[cc] || '0';

// The E.164 digits (no '+') of `text` read in country `cc`, or null. Understands +CC,
// 00CC, 011CC (NANP), '+44 (0) 20 ...' and the national trunk prefix.
function dniNormalize(text, cc) {
  const s = String(text).replace(/^\s*(tel:)?\s*/i, '');
  let d = s.replace(/\D/g, '');
  if (/^(\+|00|011)/.test(s) && (s[0] == '+' || s[1] == '0' || cc == '1')) {
    // The bracketed trunk prefix is not dialled from abroad.
    d = s.replace('(0)', '').replace(/\D/g, '').replace(s[0] == '+' ? '' : /^0?11|^00/, '');
  } else {
    d = cc + d.replace(RegExp('^(?:' + dniTrunk(cc) + ')'), '');
  }
  return /^[1-9]\d{6,14}$/.test(d) ? d : null;
}

// Writes `e164` in the shape of `text`, a number found on the page (read in `cc`).
// Same country, length and kind (first national digit; NANP numbers are all one kind):
// digit for digit, keeping every separator, bracket and prefix. Otherwise the fallback
// rule: trunk prefix + national number when the original was national and the country
// is the same, else +CC and the national number; the national number in groups of four
// from the right, joined by the original's separator (space, '-', '.' or none).
function dniFormat(text, e164, cc) {
  const from = dniNormalize(text, cc) || '', ccN = dniCcOf(e164), nsn = e164.slice(ccN.length);
  const same = dniCcOf(from) == ccN;
  if (same && from.length == e164.length && (ccN == '1' || from[ccN.length] == nsn[0])) {
    let k = text.replace(/\D/g, '').length - nsn.length, j = 0; // digits before the NSN stay
    const out = text.replace(/\d/g, c => k-- > 0 ? c : nsn[j++]);
    // Never show a number that does not read back as the one we were given.
    if (dniNormalize(out, cc) == e164) return out;
  }
  const sep = /\s/.test(text) ? ' ' : (/\d([.-])\d/.exec(text) || [])[1] || '';
  const groups = nsn.match(/^\d{1,4}?(?=(\d{4})*$)|\d{4}/g);
  groups.unshift(same && ccN == cc && !/^\s*(\+|00)/.test(text) ? dniTrunk(cc).replace(/.\?/, '') + groups.shift() : '+' + ccN);
  return groups.join(sep);
}
