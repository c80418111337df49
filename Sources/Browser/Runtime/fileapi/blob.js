// Blob and File, after the File API. Contents are kept as text (what pages put in them: JSON, form
// values); bytes outside UTF-8 text are not modelled. FileReader is absent.
(() => {
  'use strict';
  const g = globalThis;

  const partText = (part) => {
    if (part instanceof Blob) return part._text;
    if (part instanceof ArrayBuffer) return __rt.utf8Decode(new Uint8Array(part));
    if (ArrayBuffer.isView(part)) return __rt.utf8Decode(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
    return String(part);
  };
  class Blob {
    constructor(parts, options) {
      if (parts !== undefined && (parts === null || typeof parts[Symbol.iterator] !== 'function')) {
        throw new TypeError("Failed to construct 'Blob': The provided value cannot be converted to a sequence.");
      }
      this._text = parts ? Array.from(parts, partText).join('') : '';
      const type = options && options.type !== undefined ? String(options.type) : '';
      this._type = /^[\x20-\x7E]*$/.test(type) ? type.toLowerCase() : '';
    }
    get size() { return __rt.utf8Encode(this._text).length; }
    get type() { return this._type; }
    text() { return Promise.resolve(this._text); }
    arrayBuffer() { return Promise.resolve(new Uint8Array(__rt.utf8Encode(this._text)).buffer); }
    slice(start, end, type) {
      const b = new Blob([this._text.slice(start || 0, end === undefined ? undefined : end)], { type: type || '' });
      return b;
    }
  }
  class File extends Blob {
    constructor(parts, name, options) {
      if (arguments.length < 2) throw new TypeError("Failed to construct 'File': 2 arguments required.");
      super(parts, options);
      this._name = String(name);
      this._modified = options && options.lastModified !== undefined ? Number(options.lastModified) : Date.now();
    }
    get name() { return this._name; }
    get lastModified() { return this._modified; }
  }
  Object.assign(g, { Blob, File });
})();
