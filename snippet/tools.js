// tools.js: entry points for dni's tooling and tests, added to window.iovox. Only the library
// carries them: a customer's visitors never call them, so customer builds leave them out.

const dniCc = cc => String(cc || (dniCfg ? dniCfg.country_code : '44')).replace('+', '');

Object.assign(dniPublic, {
  _normalize: (text, cc) => dniNormalize(text, dniCc(cc)),
  _format: (text, e164, cc) => dniFormat(String(text), String(e164), dniCc(cc)),
  // The numbers the client would swap in the elements matching `sel` (default: its own
  // selectors), as [{text, e164}]; it claims them, as a swap would.
  _find: dniMethod('_find', sel => dniScan(sel ? [].concat(sel) : dniSelectors).map(o => ({ text: o.text, e164: o.e164 })), 0, [])
});
