// DOM part 7: the pseudo-classes without arguments, position helpers for the structural ones and
// the an+b syntax of :nth-child().
(() => {
  'use strict';
  const dom = __rt.dom;

  const hasClass = (el, cls) => {
    const v = dom.getAttr(el, 'class');
    if (v === null) return false;
    if (v === cls) return true;
    const i = v.indexOf(cls);
    return i >= 0 && v.split(/[ \t\n\f\r]+/).includes(cls);
  };


  // Position helpers for the structural pseudo-classes.
  const elementSiblings = (el) => (el._parent ? el._parent._kids.filter((k) => k.nodeType === 1) : [el]);
  const position = (el, filter, fromEnd) => {
    const sibs = elementSiblings(el).filter(filter);
    const i = sibs.indexOf(el);
    return i < 0 ? 0 : fromEnd ? sibs.length - i : i + 1;
  };
  const sameType = (el) => (k) => k._name === el._name && k._ns === el._ns;
  const anyElement = () => true;
  const never = () => false;
  const isFormControl = (el) => el._ns === 0 && /^(button|input|select|textarea|optgroup|option|fieldset)$/.test(el._name);

  const SIMPLE_PSEUDOS = {
    'first-child': (el) => !el.previousElementSibling,
    'last-child': (el) => !el.nextElementSibling,
    'only-child': (el) => elementSiblings(el).length === 1,
    'first-of-type': (el) => position(el, sameType(el), false) === 1,
    'last-of-type': (el) => position(el, sameType(el), true) === 1,
    'only-of-type': (el) => elementSiblings(el).filter(sameType(el)).length === 1,
    empty: (el) => el._kids.every((k) => k.nodeType !== 1 && (k.nodeType !== 3 || k._data === '')),
    root: (el) => !!el._parent && el._parent.nodeType === 9,
    scope: (el) => el === dom.scope || (!!dom.scope && dom.scope.nodeType !== 1 && SIMPLE_PSEUDOS.root(el)),
    checked: (el) => el._ns === 0 && ((el._name === 'input' && /^(checkbox|radio)$/i.test(dom.getAttr(el, 'type') || '') && el.checked)
      || (el._name === 'option' && el.selected)),
    disabled: (el) => isFormControl(el) && dom.getAttr(el, 'disabled') !== null,
    enabled: (el) => isFormControl(el) && dom.getAttr(el, 'disabled') === null,
    required: (el) => isFormControl(el) && dom.getAttr(el, 'required') !== null,
    optional: (el) => isFormControl(el) && dom.getAttr(el, 'required') === null,
    link: (el) => el._ns === 0 && (el._name === 'a' || el._name === 'area') && dom.getAttr(el, 'href') !== null,
    'any-link': (el) => SIMPLE_PSEUDOS.link(el),
    defined: () => true,
    focus: (el) => !!el._doc && el._doc._active === el,
    'focus-within': (el) => !!el._doc && !!el._doc._active && el.contains(el._doc._active),
    // No pointer, no history and no fragment navigation in the harness: these never match.
    hover: never, active: never, visited: never, 'focus-visible': never, target: never,
  };
  const PSEUDO_ELEMENTS = /^(before|after|first-line|first-letter|selection|placeholder|marker|backdrop|file-selector-button)$/;

  // an+b, including odd/even; returns [a, b], or null when the text is not valid.
  const parseNth = (text) => {
    const s = text.trim().toLowerCase();
    if (s === 'odd') return [2, 1];
    if (s === 'even') return [2, 0];
    if (/^[+-]?\d+$/.test(s)) return [0, parseInt(s, 10)];
    const m = /^([+-]?)(\d*)n(?:\s*([+-])\s*(\d+))?$/.exec(s);
    if (!m) return null;
    const a = (m[1] === '-' ? -1 : 1) * (m[2] === '' ? 1 : parseInt(m[2], 10));
    const b = m[3] ? (m[3] === '-' ? -1 : 1) * parseInt(m[4], 10) : 0;
    return [a, b];
  };
  const nthMatches = (a, b, pos) => (a === 0 ? pos === b : (pos - b) / a >= 0 && (pos - b) % a === 0);
  Object.assign(dom, { hasClass, position, sameType, anyElement, nthMatches, parseNth,
    pseudoClasses: SIMPLE_PSEUDOS, pseudoElements: PSEUDO_ELEMENTS });
})();
