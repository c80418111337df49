// api.js: window.iovox, the public API. Last in every build: a method whose module the
// build left out says so instead of failing.

// An API method: needs init (unless `free`), never throws, reports a missing module.
const dniMethod = (name, fn, free, fallback) => (...args) => {
  if (typeof fn != 'function') return dniError(name + ' is not included in this build') || fallback;
  if (!free && !dniReady(name)) return fallback;
  try {
    return fn(...args);
  } catch (e) {
    dniError(name + ' failed: ' + e.message);
    return fallback;
  }
};

// A swap runs only when paid_only allows it: a click id seen in this session.
const dniSwap = fn => typeof fn == 'function' && ((...args) => {
  if (dniCfg.paid_only && !dniPaidVisit()) return dniLog('paid_only: no click id this session');
  fn(...args);
});

const dniCc = cc => String(cc || (dniCfg ? dniCfg.country_code : '44')).replace('+', '');

window.iovox = {
  version: dniVersion,
  init: dniMethod('init', dniInit, 1),
  autoReplace: dniMethod('autoReplace', dniSwap(typeof dniAutoReplace == 'function' && dniAutoReplace)),
  replaceNumber: dniMethod('replaceNumber', dniSwap(typeof dniReplaceNumber == 'function' && dniReplaceNumber)),
  replaceNumbers: dniMethod('replaceNumbers', dniSwap(typeof dniReplaceNumbers == 'function' && dniReplaceNumbers)),
  autoAllocate: dniMethod('autoAllocate', dniSwap(typeof dniAutoAllocate == 'function' && dniAutoAllocate)),
  detectMedium: dniMethod('detectMedium', typeof dniDetect == 'function' && (() => dniDetect().medium), 0, ''),
  detectCampaign: dniMethod('detectCampaign', typeof dniDetect == 'function' && (() => dniDetect().campaign), 0, ''),
  setReferrers: dniMethod('setReferrers', typeof dniSetReferrers == 'function' && dniSetReferrers),
  setAutoSelectors: dniMethod('setAutoSelectors', dniSetAutoSelectors),
  // For the tooling and tests, not for customers.
  explainMedium: dniMethod('explainMedium', typeof dniExplain == 'function' && dniExplain, 1),
  _rules: dniMethod('_rules', typeof dniRules == 'function' && dniRules, 1),
  _normalize: (text, cc) => dniNormalize(text, dniCc(cc)),
  _format: (text, e164, cc) => dniFormat(String(text), String(e164), dniCc(cc))
};
