// heartbeat.js: re-POSTs the visitor's allocations with the same session key every
// `heartbeat` seconds while the page is visible, so the pool keeps their number.

const dniBeats = []; // [allocations, apply] per autoAllocate call, renewed in one request
let dniBeat = null;

// Adds allocations to the heartbeat; apply(found) takes their refreshed numbers.
function dniHeartbeat(allocations, apply) {
  dniBeats.push([allocations, apply]);
  if (!dniBeat && dniCfg.heartbeat > 0) dniBeat = setInterval(() => {
    // Background tabs do not hold numbers; a missing visibilityState counts as visible.
    if (document.visibilityState == 'hidden') return;
    const all = [].concat(...dniBeats.map(b => b[0]));
    dniPost('/dni/allocate', { access_key: dniCfg.access_key, action_key: dniCfg.action_key, allocations: all },
      (err, data) => {
        let i = 0;
        if (!err) for (const [list, apply] of dniBeats) {
          const found = {};
          for (const a of list) {
            const voxnumber = dniDigits((data.numbers[i++] || {}).voxnumber), d = a.filters.call_destination;
            if (voxnumber) found[d] = { voxnumber, destination_number: d };
          }
          apply(found);
        }
      });
  }, dniCfg.heartbeat * 1000);
}

dniMods.heartbeat = dniHeartbeat;
