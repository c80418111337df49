// detect.js: where the visitor came from (detectMedium, detectCampaign, setReferrers),
// kept in the iovox_filters session cookie so later pages keep the source.

// Referrer rules after the custom ones, in order: [name, medium, hosts]. A host without
// a dot is a site name, matched on the label before the public suffix (www.google.co.uk
// is google; notgoogle.com and google.com.evil.example are not). A host with a dot
// matches itself and its subdomains; Android app referrers (android-app://package) match
// by package name.
const dniBrands = [
  ['gmail', 'email', 'mail.google.com com.google.android.gm'],
  ['google', 'organic', 'google com.google.android.googlequicksearchbox'],
  ['bing', 'organic', 'bing'],
  ['yahoo', 'organic', 'yahoo'],
  ['duckduckgo', 'organic', 'duckduckgo'],
  ['baidu', 'organic', 'baidu'],
  ['yandex', 'organic', 'yandex ya.ru'],
  ['facebook', 'social', 'facebook fb.com fb.me com.facebook.katana com.facebook.orca'],
  ['instagram', 'social', 'instagram instagr.am com.instagram.android'],
  ['twitter', 'social', 'twitter t.co x.com com.twitter.android'],
  ['linkedin', 'social', 'linkedin lnkd.in com.linkedin.android'],
  ['tiktok', 'social', 'tiktok com.zhiliaoapp.musically'],
  ['pinterest', 'social', 'pinterest pin.it com.pinterest'],
  ['youtube', 'social', 'youtube youtu.be com.google.android.youtube'],
  ['reddit', 'social', 'reddit redd.it com.reddit.frontpage']
];
let dniCustom = []; // from setReferrers, same shape, checked first

// The site-name label of a host: the one before the public suffix (.com, .co.uk, .com.au).
function dniSiteLabel(host) {
  const l = host.split('.');
  if (l.length > 1) l.pop();
  if (l.length > 1 && /^(co|com|net|org|gov|edu|ac|ne|or|go|gob)$/.test(l[l.length - 1])) l.pop();
  return l.pop();
}

const dniHostIs = (host, h) => h.includes('.') ? host == h || host.endsWith('.' + h) : dniSiteLabel(host) == h;
const dniSafe = s => typeof s == 'string' && s.length <= 100 && !/[\u0000-\u001f<>]/.test(s);

// The stored source, or null when absent, malformed or tampered with. An unsafe campaign
// is dropped on its own, so an odd utm_campaign does not cost the visitor their medium.
function dniStored() {
  const v = dniJSON(dniDecode(dniCookie('iovox_filters')));
  if (!dniIsObj(v) || !dniIsStr(v.medium) || !dniSafe(v.medium)) return null;
  return { medium: v.medium, campaign: dniSafe(v.campaign) ? v.campaign : '' };
}

// The detection as data: {medium, campaign, rule, passed}; `passed` names the rules tried
// before `rule` matched. Reads the URL, referrer and cookie; writes nothing.
function dniExplain() {
  const passed = [], ref = /^[a-z][\w+.-]*:\/\/([^\/?#@]*@)?([^\/?#:]*)/i.exec(document.referrer);
  const host = ref ? ref[2].toLowerCase() : '', www = /^www\./;
  // A referrer from this site is no new source.
  const ext = host && host.replace(www, '') != location.hostname.toLowerCase().replace(www, '');
  const stored = (!dniCfg || dniCfg.persist_filters) && dniStored();
  let res = null, campaign = dniParam('utm_campaign');
  const rule = (name, medium, hit) => {
    if (!res && hit) res = { medium, campaign, rule: name, passed: passed.slice() };
    if (!res) passed.push(name);
  };
  rule('click_id', 'paid', dniClickId());
  rule('utm_medium', dniParam('utm_medium'), dniParam('utm_medium'));
  for (const r of dniCustom.concat(dniBrands)) rule(r[0], r[1], ext && r[2].split(' ').some(h => dniHostIs(host, h)));
  rule('other_referrer', 'referral', ext);
  if (stored) campaign = campaign || stored.campaign || '';
  rule('stored', stored && stored.medium, stored);
  rule('direct', 'direct', 1);
  return res;
}

// detectMedium and detectCampaign: explain, and keep a new source in the session cookie.
function dniDetect() {
  const r = dniExplain();
  if (dniCfg.persist_filters && r.rule != 'stored' && r.rule != 'direct') {
    dniCookie('iovox_filters', encodeURIComponent(JSON.stringify({ medium: r.medium, campaign: r.campaign })));
  }
  dniLog('source', r);
  return r;
}

// iovox.setReferrers: [{domain, medium}], checked before the built-in rules.
function dniSetReferrers(list) {
  if (!Array.isArray(list) || !list.every(r => dniIsObj(r) && dniIsStr(r.domain) && dniIsStr(r.medium))) {
    return dniWarn('setReferrers needs a list of {domain, medium}');
  }
  dniCustom = dniCustom.concat(list.map(r => {
    const d = r.domain.toLowerCase().replace(/^\w+:\/\//, '').replace(/^www\.|[\/?#:].*/g, '');
    return ['custom:' + d, r.medium, d];
  }));
}

// The rule table, for `dni detect` and the docs: [{rule, medium, matches}].
const dniRules = () => [['click_id', 'paid', 'gclid, msclkid or fbclid in the URL'],
  ['utm_medium', '(its value)', 'utm_medium in the URL'], ...dniCustom, ...dniBrands,
  ['other_referrer', 'referral', 'any other site'], ['stored', '(stored medium)', 'iovox_filters cookie'],
  ['direct', 'direct', 'no referrer, or this site']].map(r => ({ rule: r[0], medium: r[1], matches: r[2] }));

Object.assign(dniMods, {
  detectMedium: () => dniDetect().medium, detectCampaign: () => dniDetect().campaign,
  setReferrers: dniSetReferrers, explainMedium: dniExplain, _rules: dniRules
});
