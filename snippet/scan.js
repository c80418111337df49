// scan.js: finding phone numbers in the page and writing replacements into it.
// Only text nodes and the href attribute are ever changed: no markup is inserted.

let dniSelectors = ['a[href^="tel:"]'];
// Text node or link -> its record, once a call has claimed it; later scans skip it.
const dniClaimed = new WeakMap();
const dniSkip = /^(script|style|template|noscript|textarea)$/i;
// Digit groups joined by one separator ('/' and dashes may have a space each side, as in
// German '030 / 12345678'); '(0)' and '(212)' are groups too. dniCut finds the numbers in it.
const dniNumberRe = /(\+ ?)?(\(\d{1,5}\)|\d+)((?:[ \u00a0]?[\/\u2013-][ \u00a0]?|[ .\u00a0\u202f])?(\(\d{1,5}\)|\d+))+/g;

// Elements whose text is never touched: scripts, styles, templates, opt-out containers.
const dniOff = el => dniSkip.test(el.nodeName) || el.getAttribute(dniCfg.ignore_attribute) != null;

function dniIgnored(el) {
  for (; el && el.nodeType == 1; el = el.parentNode) if (dniOff(el)) return true;
  return false;
}

// The element's unclaimed text nodes in document order, skipping ignored subtrees.
function dniTexts(el, out) {
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType == 3 && !dniClaimed.has(n)) out.push(n);
    if (n.nodeType == 1 && !dniOff(n)) dniTexts(n, out);
  }
  return out;
}

// The record of a text node or link, created (and so claimed) on first use.
function dniRecord(node, attr) {
  if (!dniClaimed.has(node)) {
    dniClaimed.set(node, { n: node, a: attr, orig: attr ? node.getAttribute('href') : node.nodeValue, edits: {} });
  }
  return dniClaimed.get(node);
}

// Finds and claims the numbers not yet claimed in the elements matching `sels`.
// An occurrence is {el, e164, text, segs: [{rec, from, to, at}]}: the characters of a
// number may be spread over several text nodes ('<b>020</b> 7946 0001').
function dniScan(sels) {
  const occs = [], cc = dniCfg.country_code;
  for (const el of Array.from(document.querySelectorAll(sels.join(',')))) {
    if (dniIgnored(el)) continue;
    let m = /^(\s*tel:)([^;,?]*)/i.exec(el.getAttribute('href'));
    if (m && !dniClaimed.has(el)) {
      const raw = m[2], text = dniDecode(raw.replace(/\+/g, '%2B')), e164 = dniNormalize(text, cc);
      const segs = [{ rec: dniRecord(el, 1), from: m[1].length, to: m[0].length, at: 0 }];
      // A percent-encoded href stays encoded: each character encoded in the original is
      // encoded in the replacement too.
      const enc = raw != text && (t => t.replace(/\D/g, c => raw.toUpperCase().includes(encodeURIComponent(c)) ? encodeURIComponent(c) : c));
      if (e164) occs.push({ el, e164, text, segs, enc });
    }
    const texts = dniTexts(el, []), all = texts.map(n => n.nodeValue).join('');
    while ((m = dniNumberRe.exec(all))) for (const [at, text] of dniCut(m[0], cc)) {
      const e164 = dniNormalize(text, cc);
      if (e164) occs.push({ el, e164, text, segs: dniSegments(texts, m.index + at, text.length) });
    }
  }
  return occs;
}

// Where numbers end in a run of digit groups (docs/client.md, "Where a number ends"): a '/'
// or dash with a whole number (7+ digits after the country code) on each side separates two
// ('020 7946 0001/020 7946 0002').
// Returns [offset, text] per number.
function dniCut(run, cc) {
  const re = /[ \u00a0]?[\/\u2013-][ \u00a0]?/g;
  for (let m; (m = re.exec(run));) {
    const end = m.index + m[0].length, left = run.slice(0, m.index), rest = run.slice(end);
    if (dniNsn(left, cc) > 6 && dniNsn(rest, cc) > 6) {
      return [[0, dniTrim(left, cc)], ...dniCut(rest, cc).map(p => [p[0] + end, p[1]])];
    }
  }
  return [[0, dniTrim(run, cc)]];
}

// Drops a last group that is not part of the number: 1-2 digits after a group of 3 or more
// ('020 7946 0001 24 hours', but not French '01 23 45 67 89') or a year ('... 0001 2024'),
// when what stays still has 9 or more digits after the country code.
function dniTrim(t, cc) {
  const m = /\d{3}\)?((?:[^\d(]+\(?|\()\d\d?\)?)$|\d\)?((?:[^\d(]+\(?|\()(19|20)\d\d\)?)$/.exec(t);
  const rest = m && t.slice(0, t.length - (m[1] || m[2]).length);
  return m && dniNsn(rest, cc) > 8 ? dniTrim(rest, cc) : t;
}

// How many digits the number `t` has after its country code (0 when it is none).
function dniNsn(t, cc) {
  const e = dniNormalize(t, cc);
  return e ? e.length - dniCcOf(e).length : 0;
}

// Maps [start, start + len) of the joined text back onto the text nodes.
function dniSegments(texts, start, len) {
  let pos = 0;
  const segs = [];
  for (const n of texts) {
    const from = Math.max(start - pos, 0), to = Math.min(start + len - pos, n.nodeValue.length);
    if (from < to) segs.push({ rec: dniRecord(n), from, to, at: pos + from - start });
    pos += n.nodeValue.length;
  }
  return segs;
}

// Distinct destinations of the occurrences, in page order.
const dniDests = occs => [...new Set(occs.map(o => o.e164))];

// Writes `e164` in the occurrence's own format, or restores the original when null.
function dniWrite(occ, e164) {
  const txt = e164 && (occ.enc || String)(dniFormat(occ.text, e164, dniCfg.country_code));
  // Same length: spread over the original nodes, so '<b>020</b> 7946 ...' keeps its <b>.
  const spread = txt && txt.length == occ.text.length;
  occ.segs.forEach((s, i) => {
    const rec = s.rec;
    rec.edits[s.from] = [s.to, !txt ? null : spread ? txt.substr(s.at, s.to - s.from) : i ? '' : txt];
    let v = rec.orig;
    // Right to left, so earlier offsets stay valid when lengths change.
    for (const k of Object.keys(rec.edits).sort((a, b) => b - a)) {
      const ed = rec.edits[k];
      if (ed[1] != null) v = v.slice(0, k) + ed[1] + v.slice(ed[0]);
    }
    if (rec.a) rec.n.setAttribute('href', v);
    else if (rec.n.nodeValue != v) rec.n.nodeValue = v;
  });
}

// Hides the elements (visibility or the iovox-loading class) until the returned function
// is called; the previous inline visibility comes back, and an element that had no style
// attribute is left without one.
function dniHide(els) {
  const cls = dniCfg.use_loading_class;
  const saved = els.map(el => {
    try {
      if (cls) return el.classList.add('iovox-loading');
      const prev = [el.style.visibility, el.hasAttribute('style')];
      el.style.visibility = 'hidden';
      return prev;
    } catch (e) {}
  });
  return () => els.splice(0).forEach((el, i) => {
    try {
      if (cls) el.classList.remove('iovox-loading');
      else {
        el.style.visibility = saved[i][0];
        if (!saved[i][1] && !el.getAttribute('style')) el.removeAttribute('style');
      }
    } catch (e) {}
  });
}

// iovox.setAutoSelectors: more elements to scan; the tel: selector always stays.
function dniSetAutoSelectors(...args) {
  const list = [].concat(...args), valid = s => {
    try { return dniIsStr(s) && (document.querySelector(s), true); } catch (e) {}
  };
  if (!list.length || !list.every(valid)) return dniError('setAutoSelectors needs valid CSS selectors');
  dniSelectors = [dniSelectors[0], ...list];
}
