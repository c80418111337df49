// allocate.js: per-session tracking through /dni/allocate (never cached). The visitor's
// session key lives in the iovox_session cookie; the last numbers (sessionStorage
// iovox_last) are shown at once on the next page while the request refreshes them.

// The visitor's session key, created on first use.
function dniSessionKey() {
  let k = dniCookie('iovox_session');
  if (!/^[\w-]{8,64}$/.test(k)) dniCookie('iovox_session', k = dniUuid());
  return k;
}

// A random version 4 UUID from the best source the browser has.
function dniUuid() {
  const c = window.crypto, rnd = () => {
    try { return c.getRandomValues(new Uint8Array(1))[0]; } catch (e) { return Math.random() * 256; }
  };
  try { return c.randomUUID(); } catch (e) {}
  // In the template, 4 is the version; 8 becomes the variant (8, 9, a or b).
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, d => (d ^ rnd() & 15 >> d / 4).toString(16));
}

// The tab's last numbers (destination -> tracking number), updated with `set` if given.
// Tampered entries are dropped, and so are destinations that now have none.
function dniLast(set) {
  const last = Object.assign({}, dniJSON(dniStore('iovox_last')), set);
  for (const d in last) if (!/^\d{7,15} \d{7,15}$/.test(d + ' ' + last[d])) delete last[d];
  if (set) dniStore('iovox_last', JSON.stringify(last));
  return last;
}

// iovox.autoAllocate: a pool number per number found, held for the visitor's session.
function dniAutoAllocate(filters, siteData, defaults) {
  if (!dniIsObj(filters) || !dniOptObj(siteData) || !dniOptObj(defaults)) {
    return dniWarn('autoAllocate needs filters (then site_data and defaults) objects');
  }
  // Without consent a session needs a key that is not stored: wait for consent, unless the
  // customer chose a key for this page only (init session_consent: 'page').
  if (!dniConsent && dniCfg.session_consent != 'page') {
    dniLog('autoAllocate waits for consent');
    return dniOnConsent.push(() => dniAllocateFound(dniScan(dniSelectors), filters, siteData, defaults));
  }
  dniAllocateFound(dniScan(dniSelectors), filters, siteData, defaults);
}

function dniAllocateFound(occs, filters, siteData, defaults) {
  const dests = dniDests(occs), last = dniLast(), manual = dniCfg.on_result, kept = [];
  const key = dniSessionKey(), cfg = dniCfg;
  dniWatch(dests, more => dniAllocateFound(more, filters, siteData, defaults));
  if (!manual) dniWrite(occs, o => last[o.e164] || undefined);
  const send = (list, done) => {
    const allocations = list.map(filters => Object.assign({ filters, session_key: key, page_url: location.href },
      siteData && { site_data: siteData }));
    return dniPost('/dni/allocate', { access_key: cfg.access_key, action_key: cfg.action_key, allocations },
      (err, data) => done(err, err || list.map((f, i) => {
        const n = data.numbers[i] || {}, voxnumber = dniDigits(n.voxnumber);
        if (voxnumber) kept.push(allocations[i]); // the heartbeat renews these
        return voxnumber && { voxnumber, destination_number: dniDigits(n.destination_number) || f.call_destination };
      })));
  };
  // Writes the answers; returns what is now shown per destination.
  const apply = (found, failed) => {
    if (manual) return manual(dests.map(d => found[d] || { voxnumber: null, destination_number: d }));
    if (failed) return; // a fault: what is shown (last numbers or originals) stays
    const shown = {}, got = {};
    // The fallback number stands in only for a target number or one answered before in this
    // session: never for a digit run that merely looks like a number.
    const known = d => dniTargets ? dniTargets.has(d) : last[d] || dniAnswers[d];
    dests.forEach(d => shown[d] = (got[d] = found[d] && found[d].voxnumber) || known(d) && cfg.fallback_number || null);
    dniWrite(occs, o => shown[o.e164]);
    dniLast(got);
    return shown;
  };
  const job = dniJob(occs.filter(o => manual || !last[o.e164]), (found, failed) => {
    const shown = apply(found, failed);
    dniKnow(dests, shown || {});
    if (kept.length && dniMods.heartbeat) {
      // In manual mode the heartbeat only keeps the session alive.
      dniMods.heartbeat(kept, f => manual || apply(f));
    }
  });
  if (!dests.length) return job.done({});
  dniLookup(job, dests, filters, defaults, send);
}

dniMods.autoAllocate = dniAutoAllocate;
