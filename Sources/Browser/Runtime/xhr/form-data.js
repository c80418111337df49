// FormData, after the XMLHttpRequest Standard, and the encoding of request bodies that fetch and
// XMLHttpRequest share (strings, URLSearchParams, FormData as multipart/form-data, Blob).
(() => {
  'use strict';
  const rt = __rt;
  const g = globalThis;

  const entryValue = (value, filename) => {
    if (value instanceof g.Blob) {
      const name = filename !== undefined ? String(filename) : value instanceof g.File ? value.name : 'blob';
      return value instanceof g.File && filename === undefined ? value : new g.File([value], name, { type: value.type });
    }
    return String(value);
  };
  // The entries a form submits: named, enabled controls; checkboxes and radios only when checked.
  const formEntries = (form) => {
    const out = [];
    for (const el of form.elements) {
      const name = el.getAttribute('name');
      if (!name || el.disabled) continue;
      const type = (el.getAttribute('type') || '').toLowerCase();
      if (el._name === 'button' || ['submit', 'button', 'reset', 'image', 'file'].includes(type)) continue;
      if ((type === 'checkbox' || type === 'radio') && !el.checked) continue;
      if (el._name === 'select') {
        for (const o of el.options) if (o.selected || (!el.multiple && o === el.options[el.selectedIndex])) out.push([name, o.value]);
        continue;
      }
      out.push([name, type === 'checkbox' || type === 'radio' ? (el.getAttribute('value') || 'on') : el.value]);
    }
    return out;
  };

  class FormData {
    constructor(form) {
      if (form !== undefined && !(form instanceof g.HTMLFormElement)) {
        throw new TypeError("Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.");
      }
      this._entries = form ? formEntries(form) : [];
    }
    append(name, value, filename) { this._entries.push([String(name), entryValue(value, filename)]); }
    set(name, value, filename) {
      name = String(name);
      const i = this._entries.findIndex((e) => e[0] === name);
      const entry = [name, entryValue(value, filename)];
      this._entries = this._entries.filter((e) => e[0] !== name);
      this._entries.splice(i < 0 ? this._entries.length : i, 0, entry);
    }
    get(name) { const e = this._entries.find((x) => x[0] === String(name)); return e ? e[1] : null; }
    getAll(name) { return this._entries.filter((x) => x[0] === String(name)).map((x) => x[1]); }
    has(name) { return this._entries.some((x) => x[0] === String(name)); }
    delete(name) { this._entries = this._entries.filter((x) => x[0] !== String(name)); }
    forEach(fn, thisArg) { for (const [k, v] of this._entries.slice()) fn.call(thisArg, v, k, this); }
    *entries() { for (const e of this._entries.slice()) yield [e[0], e[1]]; }
    *keys() { for (const e of this._entries.slice()) yield e[0]; }
    *values() { for (const e of this._entries.slice()) yield e[1]; }
    [Symbol.iterator]() { return this.entries(); }
  }

  let boundaries = 0;
  /** A request body as text with its implied Content-Type (null when the body implies none). */
  rt.encodeBody = (body) => {
    if (body === null || body === undefined) return { text: null, type: null };
    if (body instanceof FormData) {
      const boundary = '----HarnessFormBoundary' + String(++boundaries).padStart(16, '0');
      const escape = (s) => s.replace(/\r\n?|\n/g, '\r\n').replace(/"/g, '%22');
      let text = '';
      for (const [name, value] of body._entries) {
        text += '--' + boundary + '\r\nContent-Disposition: form-data; name="' + escape(name) + '"';
        if (value instanceof g.File) {
          text += '; filename="' + escape(value.name) + '"\r\nContent-Type: ' + (value.type || 'application/octet-stream');
          text += '\r\n\r\n' + value._text + '\r\n';
        } else text += '\r\n\r\n' + value.replace(/\r\n?|\n/g, '\r\n') + '\r\n';
      }
      return { text: text + '--' + boundary + '--\r\n', type: 'multipart/form-data; boundary=' + boundary };
    }
    if (body instanceof g.URLSearchParams) return { text: String(body), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
    if (body instanceof g.Blob) return { text: body._text, type: body.type || null };
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return { text: new g.Blob([body])._text, type: null };
    return { text: String(body), type: 'text/plain;charset=UTF-8' };
  };
  g.FormData = FormData;
})();
