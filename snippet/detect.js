// detect.js: where the visitor came from (detectMedium, detectCampaign, setReferrers),
// kept in the iovox_filters session cookie so later pages keep the source.

// The built-in referrer groups and their media; setReferrers({group, medium}) changes one.
// AI assistants get `referral`, the medium such visitors had before the group existed,
// so no visitor loses their swap to a medium the customer never set up.
const dniMedia = { email: 'email', search: 'organic', social: 'social', ads: 'paid', ai: 'referral' };

// The built-in rules as 'group:rule,rule|group:...' (line breaks only for reading), kept
// as one string because every byte is downloaded by every visitor. A rule is host
// patterns separated by spaces, named by the first. A pattern without a dot is a site
// name, matched on the label before the public suffix (www.google.co.uk is google;
// notgoogle.com is not); one with a dot matches itself and its subdomains; Android app
// referrers (android-app://package) match by package name. The most precise pattern
// wins: a longer host over a shorter one, any host over a site name, so mail.yahoo.com
// is email while yahoo.* stays search. The gmail and google rules come first, as before.
const dniHosts = `email:gmail mail.google.com com.google.android.gm|search:google com.google.android.googlequicksearchbox
|email:mail.yahoo.com,outlook outlook.live.com outlook.office.com,gmx,web.de,proton protonmail,email.t-online.de,
mail.orange.fr,mail.aol.com
|search:bing,yahoo,duckduckgo,baidu,yandex ya.ru,ecosia,qwant,startpage,search.brave.com,naver,seznam,aol,ask,msn,
mojeek,kagi
|social:facebook fb.com fb.me com.facebook.katana com.facebook.orca,instagram instagr.am com.instagram.android,
twitter t.co x.com com.twitter.android,linkedin lnkd.in com.linkedin.android,tiktok com.zhiliaoapp.musically,
pinterest pin.it com.pinterest,youtube youtu.be com.google.android.youtube,reddit redd.it com.reddit.frontpage,
messenger,whatsapp wa.me,snapchat,telegram t.me,threads.net,bsky.app,quora,tumblr,medium.com,discord,xing,
nextdoor,yelp,tripadvisor,houzz,vimeo
|ads:doubleclick,googlesyndication,googleadservices,syndicatedsearch
|ai:chatgpt,perplexity,gemini.google.com,copilot.microsoft.com,claude,deepseek`;
const dniTable = []; // [rule, group, patterns], in the order listed
for (const s of dniHosts.split('|')) {
  const [group, rules] = s.split(':');
  for (const r of rules.trim().split(/,\s*/)) dniTable.push([r.split(' ')[0], group, r.split(' ')]);
}
const dniCustom = []; // from setReferrers: [name, medium, domain], checked first

// The site-name label of a host: the one before the public suffix (.com, .co.uk, .com.au).
function dniSiteLabel(host) {
  const l = host.split('.');
  if (l.length > 1) l.pop();
  if (l.length > 1 && /^(co|com|net|org|gov|edu|ac|ne|or|go|gob)$/.test(l[l.length - 1])) l.pop();
  return l.pop();
}

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
  const host = ref ? ref[2].toLowerCase() : '', www = /^www\./, label = dniSiteLabel(host);
  // A referrer from this site is no new source.
  const ext = host && host.replace(www, '') != location.hostname.toLowerCase().replace(www, '');
  const stored = (!dniCfg || dniCfg.persist_filters) && dniStored();
  const hit = h => h.includes('.') ? host == h || host.endsWith('.' + h) : label == h;
  let res = null, best = null, score = 0, campaign = dniParam('utm_campaign');
  const rule = (name, medium, match) => {
    if (!res && match) res = { medium, campaign, rule: name, passed: passed.slice() };
    if (!res) passed.push(name);
  };
  // The built-in rule that wins for this host: its most precise matching pattern.
  if (ext) for (const r of dniTable) for (const h of r[2]) {
    const s = h.includes('.') ? h.length + 1 : 1;
    if (s > score && hit(h)) { best = r; score = s; }
  }
  rule('click_id', 'paid', dniClickId());
  rule('utm_medium', dniParam('utm_medium'), dniParam('utm_medium'));
  for (const r of dniCustom) rule(r[0], r[1], ext && hit(r[2]));
  for (const r of dniTable) rule(r[0], dniMedia[r[1]], r == best);
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

// iovox.setReferrers: [{domain, medium}] checked before the built-in rules, or
// [{group, medium}] giving a built-in group another medium.
function dniSetReferrers(list) {
  if (!Array.isArray(list) || !list.every(r => dniIsObj(r) && dniIsStr(r.medium) &&
      (dniIsStr(r.domain) || dniMedia.hasOwnProperty(r.group)))) {
    return dniWarn('setReferrers needs a list of {domain, medium} or {group, medium}');
  }
  for (const r of list) {
    if (!dniIsStr(r.domain)) { dniMedia[r.group] = r.medium; continue; }
    const d = r.domain.toLowerCase().replace(/^\w+:\/\//, '').replace(/^www\.|[\/?#:].*/g, '');
    dniCustom.push(['custom:' + d, r.medium, d]);
  }
}

// The rule table, for `dni detect` and the docs: [{rule, medium, matches, group}].
const dniRules = () => [['click_id', 'paid', dniClickIds.join(' ')],
  ['utm_medium', '(its value)', 'utm_medium in the URL'], ...dniCustom,
  ...dniTable.map(r => [r[0], dniMedia[r[1]], r[2].join(' '), r[1]]),
  ['other_referrer', 'referral', 'any other site'], ['stored', '(stored medium)', 'iovox_filters cookie'],
  ['direct', 'direct', 'no referrer, or this site']].map(r => ({ rule: r[0], medium: r[1], matches: r[2], group: r[3] }));

Object.assign(dniMods, {
  detectMedium: () => dniDetect().medium, detectCampaign: () => dniDetect().campaign,
  setReferrers: dniSetReferrers, explainMedium: dniExplain, _rules: dniRules
});
