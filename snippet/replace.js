// replace.js: per-source tracking through /dni/fetch: autoReplace, replaceNumber(s).
// Answers are cached in sessionStorage for the tab: the same request is never repeated.

// Filters as the API wants them: all strings. null and undefined mean "not given", so
// { campaign: params.get('utm_campaign') } without that parameter is simply left out.
function dniFilters(f) {
  const out = {};
  for (const k in f) if (f[k] != null) out[k] = String(f[k]);
  return out;
}

// One /dni/fetch for a list of filters; done(err, [tracking number or null, ...]).
function dniFetch(list, done) {
  const body = { access_key: dniCfg.access_key, action_key: dniCfg.action_key,
    replacements: list.map(f => ({ filters: dniFilters(f) })) };
  // The key covers api_url, both keys and the whole request.
  const key = 'iovox_fetch:' + dniCfg.api_url + ':' + JSON.stringify(body);
  const pick = numbers => list.map((f, i) => dniDigits((numbers[i] || {}).number));
  const cached = dniJSON(dniStore(key));
  if (cached && Array.isArray(cached.numbers)) {
    dniLog('cached', cached);
    return done(null, pick(cached.numbers));
  }
  return dniPost('/dni/fetch', body, (err, data) => {
    if (err) return done(err);
    dniStore(key, JSON.stringify({ numbers: data.numbers }));
    done(null, pick(data.numbers));
  });
}

// iovox.autoReplace: each number found gets the tracking number for its destination.
function dniAutoReplace(filters, defaults) {
  if (!dniIsObj(filters) || !dniOptObj(defaults)) return dniWarn('autoReplace needs filters (and defaults) objects');
  dniReplaceFound(dniScan(dniSelectors), filters, defaults);
}

function dniReplaceFound(occs, filters, defaults) {
  const dests = dniDests(occs), manual = dniCfg.on_result;
  dniWatch(dests, more => dniReplaceFound(more, filters, defaults));
  const job = dniJob(occs, found => {
    if (manual) return manual(dests.map(d => ({ number: found[d] || null })));
    dniWrite(occs, o => found[o.e164] || undefined);
    const known = {};
    dests.forEach(d => known[d] = found[d] || null);
    dniKnow(dests, known);
  });
  if (!dests.length) return job.done({});
  dniLookup(job, dests, filters, defaults, dniFetch);
}

// iovox.replaceNumbers: [{selector, filters}] in one request. call_destination defaults
// to the number inside the element; with item_id or link_id it may be left out.
function dniReplaceNumbers(items) {
  const ok = Array.isArray(items) && items.length &&
    items.every(it => dniIsObj(it) && dniIsStr(it.selector) && dniIsObj(it.filters));
  if (!ok) return dniWarn('replaceNumbers needs a list of {selector, filters}');
  let rows;
  try {
    rows = items.map(it => {
      const occs = dniScan([it.selector]);
      const f = it.filters, cd = String(f.call_destination || (occs[0] || {}).e164);
      // item_id and link_id name the item directly: no destination needed.
      if (!dniIsE164(cd) && f.item_id == null && f.link_id == null) throw 0;
      return { occs, filters: Object.assign({}, f, dniIsE164(cd) && { call_destination: cd }) };
    });
  } catch (e) {
    return dniWarn('replaceNumbers: each item needs a valid selector and an E.164 call_destination or item_id');
  }
  const manual = dniCfg.on_result;
  const job = dniJob([].concat(...rows.map(r => r.occs)), found => {
    if (manual) return manual(items.map((it, i) => ({ number: found[i] || null, selector: it.selector })));
    rows.forEach((r, i) => found[i] && dniWrite(r.occs, () => found[i]));
  });
  job.x = dniFetch(rows.map(r => r.filters), (err, numbers) => job.done(numbers || [], err));
}

// iovox.replaceNumber: one element, as replaceNumbers.
function dniReplaceNumber(selector, filters) {
  dniReplaceNumbers([{ selector, filters }]);
}

Object.assign(dniMods, { autoReplace: dniAutoReplace, replaceNumbers: dniReplaceNumbers, replaceNumber: dniReplaceNumber });
