// core.js: shared state, console messages, URL parameters, cookies, storage, the JSON POST
// and iovox.init. Every other module builds on these names.

const dniVersion = '1.0.0';
let dniCfg = null; // the init options, once init has accepted them
let dniTrace = null; // set by debug.js
let dniTargets = null; // the customer's own numbers (init `numbers`) as a Set of E.164 digits
let dniConsent = true; // false while cookies and storage wait for the visitor's consent (init `consent`)
const dniHeld = {}; // writes held in memory until consent: 'c' + cookie name or 's' + storage key -> value
const dniOnConsent = []; // calls waiting for consent (per-session tracking)
// What the optional modules add, by name: iovox methods, and the 'observe' and
// 'heartbeat' hooks. A build without the module has no entry.
const dniMods = {};

const dniSaid = {}; // console warnings given, by text

// An expected fault (HTTP, network, timeout, a refused answer) or a mistake in how the page
// calls us: one console warning per cause, never an error (audits such as Lighthouse count
// errors against the customer's site). Debug mode adds the details.
function dniWarn(msg, detail) {
  if (detail !== undefined) dniLog(msg, detail);
  if (!dniSaid[msg]) {
    dniSaid[msg] = 1;
    try { console.warn('iovox: ' + msg); } catch (e) {}
  }
}

// A bug in dni.js itself: a console error. The page is left as it is.
function dniBug(msg) {
  try { console.error('iovox: ' + msg); } catch (e) {}
}

// A debug message: a no-op unless debug.js is in the build and debug is on.
function dniLog(...args) {
  if (dniTrace && dniCfg && dniCfg.debug) dniTrace(args);
}

// True once init has run; otherwise says that the call `name` is ignored.
function dniReady(name) {
  if (!dniCfg) dniWarn(name + ' called before iovox.init; ignored');
  return !!dniCfg;
}

const dniIsObj = v => v !== null && typeof v === 'object' && !Array.isArray(v);
const dniOptObj = v => v == null || dniIsObj(v); // optional: undefined and null mean "not given"
const dniIsStr = v => typeof v === 'string' && v.length > 0;
const dniIsE164 = v => /^\d{7,15}$/.test(v);

// A URL query parameter, percent-decoded with '+' as a space; '' when absent.
function dniParam(name) {
  for (const part of location.search.slice(1).split('&')) {
    const kv = part.split('=');
    if (dniDecode(kv.shift()) === name) return dniDecode(kv.join('=')).trim().slice(0, 100);
  }
  return '';
}

function dniDecode(s) {
  s = String(s).replace(/\+/g, ' ');
  try { return decodeURIComponent(s); } catch (e) { return s; } // a stray '%': keep as typed
}

// Reads a cookie (no value given) or sets it for the browser session. Never throws. Before
// consent a write is only held in memory (and read back from there).
function dniCookie(name, value) {
  try {
    if (value === undefined) return dniHeld['c' + name] || (('; ' + document.cookie).match('; ' + name + '=([^;]*)') || [])[1] || null;
    if (!dniConsent) dniHeld['c' + name] = value;
    else document.cookie = name + '=' + value + '; path=/; SameSite=Lax' + (location.protocol == 'https:' ? '; Secure' : '');
  } catch (e) {}
  return null;
}

// Reads (no value given) or writes sessionStorage, held in memory before consent as cookies
// are. Never throws: private modes do.
function dniStore(key, value) {
  try {
    if (value === undefined) return dniHeld['s' + key] || sessionStorage.getItem(key);
    if (!dniConsent) dniHeld['s' + key] = value;
    else sessionStorage.setItem(key, value);
  } catch (e) {}
  return null;
}

// iovox.consent(granted): the visitor's storage consent. Given, the held writes are made
// (the landing source, the session key, cached answers) and the waiting calls run: no
// reload, and numbers already shown stay. Withdrawn, later writes are held again.
function dniSetConsent(granted) {
  dniConsent = !!granted;
  if (!dniConsent) return;
  for (const k in dniHeld) {
    const v = dniHeld[k];
    delete dniHeld[k];
    (k[0] == 'c' ? dniCookie : dniStore)(k.slice(1), v);
  }
  dniOnConsent.splice(0).forEach(f => f());
}

function dniJSON(s) {
  try { return JSON.parse(s); } catch (e) { return null; }
}

// A number from the API must be a string of E.164 digits; anything else (a JSON number
// too) is refused.
function dniDigits(v) {
  const ok = typeof v == 'string' && dniIsE164(v);
  if (v != null && !ok) dniWarn('refused a number that is not E.164 digits', v);
  return ok ? v : null;
}

// Ad networks' click ids, each meaning a paid click: Google Ads (gclid; gbraid and wbraid
// from iOS; dclid from Display & Video 360), Microsoft (msclkid), Meta (fbclid), TikTok
// (ttclid), LinkedIn (li_fat_id), X (twclid), Yandex (yclid), Snapchat (ScCid),
// Pinterest (epik), Reddit (rdt_cid).
const dniClickIds = 'gclid gbraid wbraid dclid msclkid fbclid ttclid li_fat_id twclid yclid ScCid epik rdt_cid'.split(' ');

// The first click id in the URL, or undefined.
const dniClickId = () => dniClickIds.find(dniParam);

// True when this browser session arrived with a click id (for paid_only).
function dniPaidVisit() {
  if (dniClickId()) dniCookie('iovox_paid', '1');
  return dniCookie('iovox_paid') == '1' || !!dniClickId();
}

// POSTs `body` as JSON to api_url + path and calls done(error, answer) once.
// Only a 200 with {numbers: [...]} is an answer. Returns the request.
function dniPost(path, body, done) {
  const t0 = Date.now(), xhr = new XMLHttpRequest();
  const fail = (err, detail) => {
    dniWarn(path + ' failed (' + err + '); original numbers kept', detail);
    done(err);
  };
  dniLog('request', path, body);
  xhr.onreadystatechange = () => {
    if (xhr.readyState != 4) return;
    const data = dniJSON(xhr.responseText);
    dniLog('answer', path, xhr.status, data, Date.now() - t0 + ' ms');
    if (!xhr.status) fail('network error');
    else if (xhr.status != 200) fail('HTTP ' + xhr.status, data && data.error);
    else if (!dniIsObj(data) || !Array.isArray(data.numbers)) fail('malformed answer');
    else done(null, data);
  };
  try {
    xhr.open('POST', dniCfg.api_url + path);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.send(JSON.stringify(body));
  } catch (e) {
    xhr.onreadystatechange = null;
    fail(e.message);
  }
  return xhr;
}

// iovox.init: checks the options and keeps them.
function dniInit(o) {
  if (!dniIsObj(o) || !dniIsStr(o.access_key) || !dniIsStr(o.action_key)) {
    return dniWarn('init needs access_key and action_key');
  }
  const c = Object.assign({
    api_url: 'https://platform.iovox.com', country_code: '44', persist_filters: true,
    use_loading_class: false, on_result: null, timeout: 3000, fallback_number: null,
    paid_only: false, heartbeat: 60, debug: false, ignore_attribute: 'data-dni-ignore', numbers: null,
    consent: true, session_consent: 'wait'
  }, o);
  c.country_code = String(c.country_code).replace('+', '');
  const targets = c.numbers && [].concat(c.numbers).map(n => dniNormalize(n, c.country_code));
  const bad = {
    api_url: dniIsStr(c.api_url), country_code: /^\d{1,3}$/.test(c.country_code),
    on_result: !c.on_result || typeof c.on_result == 'function', timeout: c.timeout > 0,
    heartbeat: c.heartbeat >= 0, fallback_number: !c.fallback_number || dniIsE164(c.fallback_number),
    ignore_attribute: /^[a-z][\w-]*$/i.test(c.ignore_attribute), numbers: !targets || targets.length && targets.every(Boolean),
    consent: [true, false, 'gcm', 'tcf'].includes(c.consent), session_consent: /^(wait|page)$/.test(c.session_consent)
  };
  for (const k in bad) if (!bad[k]) return dniWarn('init: invalid ' + k);
  c.api_url = c.api_url.replace(/\/+$/, '');
  c.debug = c.debug || dniParam('dni_debug') == '1';
  dniTargets = targets && new Set(targets);
  dniCfg = c;
  dniConsent = c.consent === true;
  // 'gcm' and 'tcf' read the site's consent platform (consent.js).
  if (!dniConsent && c.consent) {
    if (dniMods.consent) dniMods.consent(c.consent);
    else dniWarn('consent ' + c.consent + ' is not included in this build');
  }
  dniLog('init', dniVersion, c);
}
