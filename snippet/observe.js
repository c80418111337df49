// observe.js: numbers added later (single-page apps, popups, route changes) are swapped
// too: at once when the answer is known, else by replaying the last auto call for them.

let dniObserver = null;

// Starts watching the document, once. Manual mode never touches the DOM.
function dniObserve() {
  if (dniObserver || !window.MutationObserver || dniCfg.on_result) return;
  dniObserver = new MutationObserver(records => {
    // Replacements only change text and attributes, so they never come back here.
    if (!records.some(r => r.addedNodes && r.addedNodes.length)) return;
    const found = dniScan(dniSelectors), unknown = found.filter(o => dniAnswers[o.e164] === undefined);
    dniWrite(found, o => dniAnswers[o.e164] || undefined);
    dniLog('numbers added', unknown.length + ' unknown');
    if (unknown.length) dniRerun(unknown);
  });
  dniObserver.observe(document.documentElement, { childList: true, subtree: true });
}

dniMods.observe = dniObserve;
