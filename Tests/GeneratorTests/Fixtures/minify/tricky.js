/*! tricky tokens for the minifier */
(function (window) {
'use strict';
// Names the minifier must not pick, since they are used here.
const a = 'outer a', b = 2;
const dniRatio = 10 / 2 / 5; // division, not a regex
// Regular expressions after '(', ',', '=', '?' and ':', with slashes and 'dni' inside.
const dniRegexes = [/\/dniX\//g, (/[/]dni/), dniRatio > 0 ? /a|b/ : /c/];
const dniEq = /=dni/;
let dniCount = 0;
function dniAdd(step) {
  dniCount += step;
  return dniCount;
}
// Keys, short-hand keys, methods and properties that equal renamed names.
const dniObj = { dniAdd: 1, 'dniQuoted': 2, dniCount, nested: { dniRatio: dniRatio * 2 }, dniMethod() { return 'm'; } };
window.dniProperty = dniObj.dniAdd;
const dniTemplate = `dniAdd ${dniAdd(1) + `${dniObj.dniAdd}`} and ${ {dniX: dniCount}.dniX } \` tick`;
function dniSwitch(v) {
  switch (v) {
    case dniCount: return 'count';
    default: return 'other';
  }
}
const dniPick = b ? dniAdd : dniCount;
// Lines without semicolons: automatic semicolon insertion must behave as before.
const dniLines = () => {
  let i = 0
  i++
  dniCount++
  const f = () => {}
  ;[1, 2].forEach(n => i += n)
  return i
}
function dniRestricted() {
  return
  dniCount
}
const dniSpread = (...args) => args.length;
const dniUnary = b - -1 + +'3' - (b - --dniCount);
let dniX = 'dniX in a string', dniY = "dniY";
const dniFromPattern = ({ dniAdd: value }) => value;
window.result = JSON.stringify({
  a, b, dniRatio, regexes: dniRegexes.map(r => r.test('/dniX/ [/]dni a')), eq: dniEq.source,
  obj: dniObj, method: dniObj.dniMethod(), property: window.dniProperty, dniTemplate,
  switched: [dniSwitch(dniCount), dniSwitch(-1)], pick: typeof dniPick, lines: dniLines(),
  restricted: dniRestricted(), spread: dniSpread(1, 2, 3), unary: dniUnary, strings: [dniX, dniY],
  pattern: dniFromPattern({ dniAdd: 7 }), count: dniCount
});
})(this);
