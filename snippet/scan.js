// scan.js: finding phone numbers in the page and writing replacements into it.
// Only text nodes and the href attribute are ever changed: no markup is inserted.

let dniSelectors = ['a[href^="tel:"]'];
// Text node or link -> its record, once a call has claimed it; later scans skip it.
const dniClaimed = new WeakMap();
const dniSkip = /^(script|style|template|noscript|textarea)$/i;
// Digit groups joined by single separators; '(0)' and '(212)' are groups too.
const dniNumberRe = /(\+ ?)?(\(\d{1,5}\)|\d+)([ .\/\u00a0\u202f\u2013-]?(\(\d{1,5}\)|\d+))+/g;

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
    while ((m = dniNumberRe.exec(all))) {
      const e164 = dniNormalize(m[0], cc);
      if (e164) occs.push({ el, e164, text: m[0], segs: dniSegments(texts, m.index, m[0].length) });
    }
  }
  return occs;
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
