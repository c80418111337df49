// document.implementation (DOMImplementation), DOMParser and XMLSerializer, after the DOM Standard and
// DOM Parsing. New documents are inert: they have no window, their scripts never run.
(() => {
  'use strict';
  const dom = __rt.dom;
  const { KEY, Document } = dom;
  const g = globalThis;

  class XMLDocument extends Document {
    get contentType() { return this._type || 'application/xml'; }
  }
  /** A document made by a script: no window, URL about:blank unless given. */
  const inertDocument = (Type, type) => {
    const doc = new Type();
    doc._readyState = 'complete';
    doc._type = type;
    return doc;
  };
  Object.defineProperty(Document.prototype, 'defaultView', { configurable: true, get() { return null; } });
  Object.defineProperty(Document.prototype, 'implementation', {
    configurable: true,
    get() { return this._impl || (this._impl = new DOMImplementation(KEY, this)); },
  });

  class DOMImplementation {
    constructor(key, doc) {
      if (key !== KEY) throw new TypeError('Illegal constructor');
      this._doc = doc;
    }
    createHTMLDocument(title) {
      const doc = inertDocument(Document, 'text/html');
      dom.append(doc, dom.newDoctype(doc, 'html'));
      const html = dom.createElement(doc, 'html', 0, null);
      dom.append(doc, html);
      const head = dom.createElement(doc, 'head', 0, null);
      dom.append(html, head);
      if (title !== undefined) {
        const t = dom.createElement(doc, 'title', 0, null);
        dom.append(t, dom.newText(doc, String(title)));
        dom.append(head, t);
      }
      dom.append(html, dom.createElement(doc, 'body', 0, null));
      return doc;
    }
    createDocument(namespace, qualifiedName, doctype) {
      const type = namespace === dom.NS[0] ? 'application/xhtml+xml' : namespace === dom.NS[1] ? 'image/svg+xml' : 'application/xml';
      const doc = inertDocument(XMLDocument, type);
      if (doctype) dom.append(doc, doctype);
      if (qualifiedName) dom.append(doc, doc.createElementNS(namespace, qualifiedName));
      return doc;
    }
    createDocumentType(name, publicId, systemId) {
      dom.checkName(String(name));
      const d = dom.newDoctype(this._doc, String(name));
      d.publicId = String(publicId || '');
      d.systemId = String(systemId || '');
      return d;
    }
    hasFeature() { return true; }
  }

  class DOMParser {
    parseFromString(text, type) {
      type = String(type);
      if (type === 'text/html') {
        const doc = inertDocument(Document, 'text/html');
        dom.load(doc, __host.parseDocument(String(text)), null);
        return doc;
      }
      if (['text/xml', 'application/xml', 'application/xhtml+xml', 'image/svg+xml'].includes(type)) {
        return __rt.notImplemented('DOMParser.parseFromString for XML (' + type + ')');
      }
      throw new TypeError("Failed to execute 'parseFromString' on 'DOMParser': The provided value '" + type +
        "' is not a valid enum value of type DOMParserSupportedType.");
    }
  }

  class XMLSerializer {
    serializeToString(node) {
      if (!(node instanceof dom.Node)) throw new TypeError("Failed to execute 'serializeToString' on 'XMLSerializer': parameter 1 is not of type 'Node'.");
      if (node.nodeType === 1) return dom.serialize(node, true);
      if (node.nodeType === 9 || node.nodeType === 11) return dom.serialize(node, false);
      if (node.nodeType === 3) return node._data.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      if (node.nodeType === 8) return '<!--' + node._data + '-->';
      return node.nodeType === 10 ? '<!DOCTYPE ' + node.name + '>' : '';
    }
  }

  Object.assign(dom, { XMLDocument, DOMImplementation });
  Object.assign(g, { XMLDocument, DOMImplementation, DOMParser, XMLSerializer });
  g.HTMLDocument = Document;
})();
