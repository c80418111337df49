// consent.js: reads the visitor's storage consent from the site's consent platform, so the
// client follows it without the customer wiring iovox.consent: Google Consent Mode v2 (the
// dataLayer's 'consent' commands: ad_storage and analytics_storage both 'granted') or IAB
// TCF v2.2 (__tcfapi: no GDPR, or purpose 1, storing information on a device).

function dniWatchConsent(kind) {
  if (kind == 'gcm') {
    const dl = window.dataLayer = window.dataLayer || [], state = {};
    let seen = 0;
    const read = () => {
      for (; seen < dl.length; seen++) {
        const e = dl[seen];
        if (e && e[0] == 'consent' && dniIsObj(e[2])) Object.assign(state, e[2]);
      }
      dniSetConsent(state.ad_storage == 'granted' && state.analytics_storage == 'granted');
    };
    // gtag('consent', 'update', ...) pushes onto the dataLayer: look after every push.
    const push = dl.push;
    dl.push = function () {
      const r = push.apply(dl, arguments);
      read();
      return r;
    };
    read();
  } else if (typeof window.__tcfapi == 'function') {
    window.__tcfapi('addEventListener', 2, (tc, ok) => {
      if (ok && tc && /^(tcloaded|useractioncomplete)$/.test(tc.eventStatus)) {
        dniSetConsent(tc.gdprApplies === false || !!(tc.purpose && tc.purpose.consents && tc.purpose.consents[1]));
      }
    });
  }
}

dniMods.consent = dniWatchConsent;
