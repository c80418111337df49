// observe.js: numbers added or changed later (single-page apps, popups, framework
// re-renders) are swapped too. Only what changed is scanned, once per batch of mutations,
// so a change costs the size of the change, not of the page.

let dniObserver = null;

// Starts watching the document, once. Manual mode never touches the DOM.
function dniObserve() {
  if (dniObserver || !window.MutationObserver || dniCfg.on_result) return;
  dniObserver = new MutationObserver(records => {
    const dirty = new Set();
    for (const r of records) {
      const n = r.target, rec = dniClaimed.get(n);
      if (rec && !rec.dead) {
        const now = rec.a ? n.getAttribute('href') : n.nodeValue;
        // Our own write comes back here too. A re-render that puts the original back gets
        // our number again (a few times at most: never a tug of war); any other value is
        // the page's new number, scanned afresh.
        if (now == rec.v) continue;
        if (now == rec.orig && rec.fix++ < 3) {
          dniPut(rec);
          continue;
        }
        rec.dead = 1;
        dniClaimed.delete(n);
      }
      if (r.type == 'childList') r.addedNodes.forEach(a => dirty.add(a.nodeType == 1 ? a : a.parentNode));
      else dirty.add(n.nodeType == 1 ? n : n.parentNode);
    }
    const found = [];
    dirty.forEach(n => {
      // Skip what left the page and what lies inside another changed element.
      for (let p = n && n.parentNode; p; p = p.parentNode) if (dirty.has(p)) return;
      if (n && n.nodeType == 1 && document.documentElement.contains(n)) found.push(...dniScan(dniSelectors, n));
    });
    // Known answers are written at once; a destination being looked up waits for its answer;
    // the rest is asked by replaying the last auto call.
    const ask = found.filter(o => dniAnswers[o.e164] === undefined && !(dniWaiting[o.e164] && dniWaiting[o.e164].push(o)));
    dniWrite(found, o => dniAnswers[o.e164] || undefined);
    dniLog('numbers added', found.length, ask.length + ' unknown');
    if (ask.length) dniRerun(ask);
  });
  dniObserver.observe(document.documentElement,
    { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href'] });
}

dniMods.observe = dniObserve;
