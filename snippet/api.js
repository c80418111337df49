// api.js: window.iovox, the public API. Last in every customer build (the library adds the
// tooling's entry points after it, tools.js): a method whose module the build left out says
// so instead of failing.

// An API method: needs init (unless `free`), never throws, reports a missing module.
const dniMethod = (name, fn, free, fallback) => (...args) => {
  if (typeof fn != 'function') return dniWarn(name + ' is not included in this build') || fallback;
  if (!free && !dniReady(name)) return fallback;
  try {
    return fn(...args);
  } catch (e) {
    dniBug(name + ' failed: ' + e.message);
    return fallback;
  }
};

// A swap runs only when paid_only allows it: a click id seen in this session.
const dniSwap = fn => fn && ((...args) => {
  if (dniCfg.paid_only && !dniPaidVisit()) return dniLog('paid_only: no click id this session');
  fn(...args);
});

const dniPublic = window.iovox = {
  version: dniVersion,
  init: dniMethod('init', dniInit, 1),
  setAutoSelectors: dniMethod('setAutoSelectors', dniSetAutoSelectors),
  consent: dniMethod('consent', dniSetConsent)
};

// The optional modules' methods, as [names, a swap, free (no init needed), fallback].
// explainMedium and _rules are for the tooling too.
for (const [names, swap, free, fallback] of [['autoReplace replaceNumber replaceNumbers autoAllocate', 1],
  ['detectMedium detectCampaign', 0, 0, ''], ['setReferrers'], ['explainMedium _rules', 0, 1]]) {
  for (const name of names.split(' ')) {
    dniPublic[name] = dniMethod(name, swap ? dniSwap(dniMods[name]) : dniMods[name], free, fallback);
  }
}
