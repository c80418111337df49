// api.js: defines window.iovox last, as the real client does.
window.iovox = {
  calls: fakeCalls,
  init: fakeRecord('init'),
  setReferrers: fakeRecord('setReferrers'),
  setAutoSelectors: fakeRecord('setAutoSelectors'),
  autoReplace: fakeRecord('autoReplace'),
  autoAllocate: fakeRecord('autoAllocate'),
  detectMedium: function () { return 'DETECTED-MEDIUM'; },
  detectCampaign: function () { return 'DETECTED-CAMPAIGN'; },
  strippedLiterals: [fakeUrlish, fakeDouble, fakeRegex.source, fakeRatio, fakeTemplate]
};
