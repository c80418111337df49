// phone.js: numbers as written on a page to E.164 digits, whether they can be phone numbers
// at all, and tracking numbers back into the shape of the original.
// dniMeta (written by the generator, only the countries a build needs) holds per calling
// code what libphonenumber knows, as 'TRUNK BARE LENGTHS FIRST FORMATS' (docs/client.md,
// "Phone metadata").

// Two-digit country codes; 1 and 7 are the one-digit ones, all others have three digits.
const dniCc2 = ' 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 ' +
  '60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98 ';

const dniCcOf = e164 => e164.slice(0, /^[17]/.test(e164) ? 1 : dniCc2.includes(' ' + e164.slice(0, 2) + ' ') ? 2 : 3);
// The metadata fields of a calling code, or undefined when the build has none for it.
const dniInfo = cc => dniMeta[cc] && dniMeta[cc].split(' ');
// The trunk prefix as a regex source ('' where the leading 0 belongs to the number, as in Italy).
const dniTrunk = cc => (dniInfo(cc) || '0')[0];
// The fewest digits a number read in `cc` is written with: the country's shortest national
// number, and never more than 7 (E.164's least, for a number written with its +CC).
const dniFewest = cc => Math.min(7, parseInt((dniInfo(cc) || '007')[2][0], 16));
const dniIntl = (s, cc) => /^(\+|00|011)/.test(s) && (s[0] == '+' || s[1] == '0' || cc == '1');
const dniStart = (src, s) => RegExp('^(?:' + src + ')').test(s);
// True when the country of metadata `m` writes national number `nsn` without its trunk prefix.
const dniBare = (m, nsn) => !m[0] || m[1] == '*' || !!m[1] && dniStart(m[1], nsn);

// The E.164 digits (no '+') of `text` read in country `cc`, or null. Understands +CC,
// 00CC, 011CC (NANP), '+44 (0) 20 ...' and the national trunk prefix.
function dniNormalize(text, cc) {
  const s = String(text).replace(/^\s*(tel:)?\s*/i, '');
  let d = s.replace(/\D/g, '');
  if (dniIntl(s, cc)) {
    // The bracketed trunk prefix is not dialled from abroad.
    d = s.replace('(0)', '').replace(/\D/g, '').replace(s[0] == '+' ? '' : /^0?11|^00/, '');
  } else {
    d = cc + d.replace(RegExp('^(?:' + dniTrunk(cc) + ')'), '');
  }
  return /^[1-9]\d{6,14}$/.test(d) ? d : null;
}

// True when `text`, read in `cc` as `e164`, can be a phone number of its country: a length
// and first digit the country uses, and the trunk prefix wherever the country writes one
// nationally (so '123 456 789' is no French number, and '12 345 678' no German one).
function dniPlausible(text, e164, cc) {
  const ccN = dniCcOf(e164), nsn = e164.slice(ccN.length), m = dniInfo(ccN);
  const intl = dniIntl(text.trim(), cc);
  // Without metadata only an explicit +CC or 00CC makes a number.
  if (!m) return intl;
  return m[2].includes(nsn.length.toString(16)) && m[3].includes(nsn[0]) &&
    (intl || text.replace(/\D/g, '').length > nsn.length || dniBare(m, nsn));
}

// The national number `nsn` of `cc` in the country's own digit groups (fours from the right
// without metadata).
function dniGroups(nsn, cc) {
  const m = dniInfo(cc);
  if (!m || !m[4]) return nsn.match(/^\d{1,4}?(?=(\d{4})*$)|\d{4}/g);
  const f = m[4].split(','), odd = f.slice(1).map(x => x.split('/')).find(x => dniStart(x[1], nsn));
  const out = [];
  let i = 0;
  for (const n of odd ? odd[0] : f[0]) if (i + +n < nsn.length) out.push(nsn.substr(i, +n)), i += +n;
  return out.concat(nsn.slice(i));
}

// Writes `e164` in the shape of `text`, a number found on the page (read in `cc`).
// Same country and length, and either the same kind (first national digit; NANP numbers are
// all one kind) or the same digit groups as the country writes the new number: digit for
// digit, keeping every separator, bracket and prefix. Otherwise the new number in its
// country's own groups, after the trunk prefix (national original, same country, a kind
// written with it) or +CC, joined by the original's separator (space, '-', '.' or none).
function dniFormat(text, e164, cc) {
  const from = dniNormalize(text, cc) || '', ccN = dniCcOf(e164), nsn = e164.slice(ccN.length);
  const same = dniCcOf(from) == ccN, groups = dniGroups(nsn, ccN);
  let k = text.replace(/\D/g, '').length - nsn.length; // digits before the national number
  if (same && from.length == e164.length) {
    // The original's national groups: its digit runs less the k prefix digits.
    let skip = k;
    const mine = [];
    for (const g of text.match(/\d+/g)) {
      const n = g.length - skip;
      skip = Math.max(0, -n);
      if (n > 0) mine.push(n);
    }
    if (ccN == '1' || from[ccN.length] == nsn[0] || mine.join() == groups.map(g => g.length).join()) {
      let j = 0;
      const out = text.replace(/\d/g, c => k-- > 0 ? c : nsn[j++]);
      // Never show a number that does not read back as the one we were given.
      if (dniNormalize(out, cc) == e164) return out;
    }
  }
  const m = dniInfo(ccN) || [], sep = /\s/.test(text) ? ' ' : (/\d([.-])\d/.exec(text) || [])[1] || '';
  const national = same && ccN == cc && !dniIntl(text.trim(), cc);
  if (!national) groups.unshift('+' + ccN);
  else if (!dniBare(m, nsn)) groups[0] = dniTrunk(cc).replace(/.\?/, '') + groups[0];
  return groups.join(sep);
}
