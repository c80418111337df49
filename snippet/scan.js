// scan.js: finding phone numbers in the page and writing replacements into it.
// Only text nodes and the href attribute are ever changed: no markup is inserted.

let dniSelectors = ['a[href^="tel:"]'];
// Text node or link -> its record, once a call has claimed it; later scans skip it.
const dniClaimed = new WeakMap();
// Digit groups joined by one separator ('/' and dashes may have a space each side, as in
// German '030 / 12345678'); '(0)' and '(212)' are groups too. dniCut finds the numbers in it.
// No capturing groups: the scan uses only the match, and a page has thousands of them.
const dniNumberRe = /(?:\+ ?)?(?:\(\d{1,5}(?:[ .-]\d{1,4})?\)|\d+)(?:(?:[ \u00a0]?[\/\u2013-][ \u00a0]?|[ .\u00a0\u202f])?(?:\(\d{1,5}(?:[ .-]\d{1,4})?\)|\d+))+/g;

// The selector of elements whose text is never touched: scripts, styles, templates, opt-out
// containers.
const dniOff = () => 'script,style,template,noscript,textarea,[' + dniCfg.ignore_attribute + ']';

// The element's unclaimed text nodes in document order, outside the elements matching `off`
// (dniOff). The browser walks (a TreeWalker over text only, unless an ignored element holds
// elements to step over) and finds the ignored elements (one querySelectorAll): a script
// loop touching every node cost a 5,000-element page milliseconds more. No recursion, no
// per-node ancestor search, so a page nested thousands deep costs its size.
function dniTexts(el, off) {
  const out = [], hide = new Set(), boxes = new Set();
  for (const e of el.querySelectorAll(off)) {
    if (e.firstElementChild) boxes.add(e);
    for (const t of e.childNodes) hide.add(t);
  }
  const w = document.createTreeWalker(el, boxes.size ? 5 : 4);
  for (let n = w.nextNode(); n;) {
    if (boxes.has(n)) {
      // Past the ignored element: its next sibling, or the next one up.
      while (!(n = w.nextSibling()) && w.parentNode());
      continue;
    }
    if (n.nodeType == 3 && !hide.has(n) && !dniClaimed.has(n)) out.push(n);
    n = w.nextNode();
  }
  return out;
}

// The record of a text node or link, created (and so claimed) on first use.
function dniRecord(node, attr) {
  if (!dniClaimed.has(node)) {
    // v: what we last wrote; fix: how often a re-render's original was replaced again.
    dniClaimed.set(node, { n: node, a: attr, orig: attr ? node.getAttribute('href') : node.nodeValue, v: null, fix: 0, edits: {} });
  }
  return dniClaimed.get(node);
}

// Whether a number is one to swap: a tel: link, or text that can be a phone number of its
// country; with target numbers (init `numbers`) only those.
const dniWanted = (e164, text) => e164 && (!dniTargets || dniTargets.has(e164)) && (!text || dniPlausible(text, e164, dniCfg.country_code));

// Text around a digit run that says it is no phone number (docs/client.md, "What is not a
// number"): a letter or sign glued to it, a decimal or thousands part, a currency next to
// it, an identifier's name or an IBAN before it, a date or thousands pattern, a town
// after a postcode. A phone word just before ('Tel.-Nr.', 'Fax:') overrides the names.
const dniGlue = /[a-z\u00c0-\u024f\u0370-\u04ff#%&@_\u00b0]/i;
const dniPhoneWord = /(tel|fon|phone|fax|mobil|handy|hotline|ruf|t\u00e9l|call)[a-z.]*[\s.:-]*((n(\.?[\u00b0\u00ba]|[or])?|number|nummer)[\s.:-]*)?$/i;
const dniNotBefore = /(\d[.,]|[a-z\u00c0-\u024f]-|\b[a-z]{2}\d\d( ?[a-z0-9]{4})* ?|([$\u20ac\u00a3\u00a5\u20b9\u20bd]|\b(eur|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|jpy|inr|aud|cad|kr|rs)\.?)\s*|(\b(hr[ab]|vat|ust|uid|steuer[a-z]*|sire[nt]|rcs|rea|tva|iban|bic|blz|isbn|ean|gtin|kvk|btw|cif|nif|nie|iva|abn|acn|crn|utr|krs|nip|regon|cvr|ein|sku|org|sort|konto|account)(?![a-z])|[a-z]*(nummer|number|nr)|\b(no|num|id|code|n|n\.?[\u00b0\u00ba]))\.?[\s.:#-]*((no|nr|n\.?[\u00b0\u00ba]|number|nummer|id|idnr|code)\.?[\s.:#-]*)?)$/i;
const dniNotAfter = /^([.,]\d|\s*([$\u20ac\u00a3\u00a5\u20b9\u20bd%\u00b0]|(eur|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|jpy|inr|aud|cad|kr|kron[a-z]*|z\u0142|k\u010d|ft|rs)(?![a-z])|,-))/i;
const dniNotNumber = /^(\d{1,2}([./-])\d{1,2}\2\d{2,4}|\d{4}([./-])\d\d\3\d\d|\d{1,2}([ .\u00a0\u202f])\d{3}(\4\d{3})+)$/;
const dniTown = /^[ \u00a0]+[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]/;

// True when nothing around the number at `start` of the joined text rules it out. A glued
// letter counts only inside one text node: '<dt>Phone</dt><dd>020 ...' is two blocks.
function dniContext(all, start, text, segs) {
  const end = start + text.length, before = all.slice(Math.max(0, start - 30), start), after = all.slice(end, end + 12);
  const last = segs[segs.length - 1];
  return !(segs[0].from && dniGlue.test(before.slice(-1)) || last.to < last.size && dniGlue.test(after[0]) ||
    !dniPhoneWord.test(before) && dniNotBefore.test(before) || dniNotAfter.test(after) || dniNotNumber.test(text) || /^\d{4,5}$/.test(text) && dniTown.test(after));
}

// Finds and claims the numbers not yet claimed in the elements matching `sels`, or only
// those in `root` (an element added or changed later): all of it when it lies in an
// element matching `sels` (with its tel: links), else the matching elements inside it.
// An occurrence is {el, e164, text, segs: [{rec, from, to, at}]}: the characters of a
// number may be spread over several text nodes ('<b>020</b> 7946 0001').
function dniScan(sels, root) {
  const occs = [], cc = dniCfg.country_code, sel = sels.join(','), few = dniFewest(cc), off = dniOff();
  const units = !root ? document.querySelectorAll(sel) : root.closest(sel) ? [root, ...root.querySelectorAll(sels[0])] : root.querySelectorAll(sel);
  for (const el of Array.from(units)) {
    if (el.closest(off)) continue;
    let m = /^(\s*tel:)([^;,?]*)/i.exec(el.getAttribute('href'));
    if (m && !dniClaimed.has(el)) {
      const raw = m[2], text = dniDecode(raw.replace(/\+/g, '%2B')), e164 = dniNormalize(text, cc);
      const segs = [{ rec: dniRecord(el, 1), from: m[1].length, to: m[0].length, at: 0 }];
      // A percent-encoded href stays encoded: each character encoded in the original is
      // encoded in the replacement too.
      const enc = raw != text && (t => t.replace(/\D/g, c => raw.toUpperCase().includes(encodeURIComponent(c)) ? encodeURIComponent(c) : c));
      if (dniWanted(e164)) occs.push({ el, e164, text, segs, enc });
    }
    const texts = dniTexts(el, off), vals = texts.map(n => n.nodeValue), all = vals.join('');
    const map = dniMapper(texts, vals.map(v => v.length));
    // A run with too few digits for any number is dropped before the costly reading: a page
    // of counts, prices and ids then costs little more than the regular expression.
    while ((m = dniNumberRe.exec(all))) if (m[0].length >= few && m[0].match(/\d/g).length >= few) for (const [at, text] of dniCut(m[0], cc)) {
      const e164 = dniNormalize(text, cc), start = m.index + at, segs = dniWanted(e164, text) && map(start, text.length);
      if (segs && dniContext(all, start, text, segs)) {
        segs.forEach(s => s.rec = dniRecord(s.n));
        occs.push({ el, e164, text, segs });
      }
    }
  }
  return occs;
}

// Where numbers end in a run of digit groups (docs/client.md, "Where a number ends"): a '/'
// or dash with a whole number (7+ digits after the country code) on each side separates two
// ('020 7946 0001/020 7946 0002'). Each side is read from at most 40 characters, so a long
// run costs time in proportion to its length (no phone number is written longer).
// Returns [offset, text] per number.
function dniCut(run, cc) {
  const re = /[ \u00a0]?[\/\u2013-][ \u00a0]?/g, out = [];
  let from = 0;
  for (let m; (m = re.exec(run)) && m.index - from < 40;) {
    const end = m.index + m[0].length, left = run.slice(from, m.index);
    if (dniNsn(left, cc) > 6 && dniNsn((/^(\D*\d){1,17}/.exec(run.slice(end, end + 40)) || [''])[0], cc) > 6) {
      out.push([from, dniTrim(left, cc)]);
      from = end;
    }
  }
  return out.concat([[from, dniTrim(run.slice(from), cc)]]);
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

// A function mapping [start, start + len) of the joined text back onto the text nodes
// ({n, from, to, at, size} per node). Starts only grow, so it walks the nodes once however
// many numbers they hold.
function dniMapper(texts, sizes) {
  let i = 0, pos = 0;
  return (start, len) => {
    const segs = [];
    for (; i < texts.length && pos + sizes[i] <= start; i++) pos += sizes[i];
    for (let j = i, p = pos; j < texts.length && p < start + len; p += sizes[j++]) {
      const from = Math.max(start - p, 0), to = Math.min(start + len - p, sizes[j]);
      if (from < to) segs.push({ n: texts[j], from, to, at: p + from - start, size: sizes[j] });
    }
    return segs;
  };
}

// Distinct destinations of the occurrences, in page order.
const dniDests = occs => [...new Set(occs.map(o => o.e164))];

// Writes each occurrence's number in its own format: pick(occ) gives the E.164 digits,
// null to restore the original, or undefined to leave it. Each changed node is written
// once, so a node holding many numbers costs its length, not its length per number.
function dniWrite(occs, pick) {
  const dirty = new Set();
  for (const occ of occs) {
    const e164 = pick(occ), txt = e164 && (occ.enc || String)(dniFormat(occ.text, e164, dniCfg.country_code));
    if (e164 === undefined) continue;
    // Same length: spread over the original nodes, so '<b>020</b> 7946 ...' keeps its <b>.
    const spread = txt && txt.length == occ.text.length;
    occ.segs.forEach((s, i) => {
      s.rec.edits[s.from] = [s.to, !txt ? null : spread ? txt.substr(s.at, s.to - s.from) : i ? '' : txt];
      // A node the page has since rewritten is no longer ours to write.
      if (!s.rec.dead) dirty.add(s.rec);
    });
  }
  dirty.forEach(rec => {
    const parts = [];
    let at = rec.orig.length;
    // Right to left, so earlier offsets stay valid when lengths change.
    for (const k of Object.keys(rec.edits).sort((a, b) => b - a)) {
      const ed = rec.edits[k];
      if (ed[1] != null) parts.push(rec.orig.slice(ed[0], at), ed[1]), at = +k;
    }
    rec.v = rec.orig.slice(0, at) + parts.reverse().join('');
    dniPut(rec);
  });
}

// Writes a record's text (or href) into its node.
function dniPut(rec) {
  if (rec.a) rec.n.setAttribute('href', rec.v);
  else if (rec.n.nodeValue != rec.v) rec.n.nodeValue = rec.v;
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
  if (!list.length || !list.every(valid)) return dniWarn('setAutoSelectors needs valid CSS selectors');
  dniSelectors = [dniSelectors[0], ...list];
}
