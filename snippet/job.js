// job.js: one lookup as the page sees it: hide, ask (filters, then defaults for the
// misses), write or hand over to on_result, and always reveal, whatever goes wrong.

const dniAnswers = {}; // destination -> number written by an auto call (null: a known miss)
let dniRerun = null; // the last auto call, replayed for numbers that appear later
const dniWaiting = {}; // destination being looked up -> numbers found meanwhile, written with its answer

// Calls finish(found, failed) once: when the lookup ends or at the timeout. Meanwhile the
// elements are hidden (not in manual mode); they are revealed even when finish throws.
// job.x is the request in flight, aborted at the timeout.
function dniJob(occs, finish) {
  const reveal = dniHide(dniCfg.on_result ? [] : [...new Set(occs.map(o => o.el))]);
  const job = { live: true };
  const timer = setTimeout(() => {
    if (!job.live) return;
    dniWarn('no answer within ' + dniCfg.timeout + ' ms; original numbers kept');
    try { job.x.onreadystatechange = null; job.x.abort(); } catch (e) {}
    job.done({}, 1);
  }, dniCfg.timeout);
  job.done = (found, failed) => {
    if (!job.live) return;
    job.live = false;
    clearTimeout(timer);
    try { finish(found, failed); } catch (e) { dniBug('replacement failed: ' + e.message); }
    reveal();
  };
  return job;
}

// Looks up every destination: one request with `filters`, then one with `defaults` for
// the misses. send(filtersList, cb(err, entries)) makes one request. Ends the job with
// found (destination -> entry) and whether the first request failed.
function dniLookup(job, dests, filters, defaults, send) {
  const found = {};
  const round = (f, next) => {
    job.x = send(dests.map(d => Object.assign({}, f, { call_destination: d })), (err, entries) => {
      if (!job.live) return;
      if (!err) dests = dests.filter((d, i) => !(found[d] = entries[i]));
      next(err);
    });
  };
  round(filters, err => {
    if (err || !dests.length || !defaults) return job.done(found, err);
    dniLog('retrying with defaults', dests);
    round(defaults, () => job.done(found));
  });
}

// An auto call for `dests` starts: from now on numbers added to the page are watched (not
// only after the answer), and those of other destinations are replayed through `rerun`.
function dniWatch(dests, rerun) {
  dniRerun = rerun;
  dests.forEach(d => dniWaiting[d] = dniWaiting[d] || []);
  if (dniMods.observe) dniMods.observe();
}

// An auto call for `dests` ended: remembers what was written (`answers`, none after a
// fault) and writes the numbers that waited for it.
function dniKnow(dests, answers) {
  Object.assign(dniAnswers, answers);
  for (const d of dests) {
    const waiting = dniWaiting[d] || [];
    delete dniWaiting[d];
    dniWrite(waiting, () => answers[d] || undefined);
  }
}
