import Foundation

/// What a page looks like at one moment: HTML, phone numbers, chosen elements, cookies and storage.
public struct PageSnapshot: Sendable, Codable {
    /// One element's state.
    public struct Element: Sendable, Codable {
        public var exists: Bool
        public var text: String?
        public var href: String?
        public var attributes: [String: String]?
        public var visibility: String?
        public var classes: [String]?
    }

    public var url: String = ""
    public var html: String = ""
    public var numbers: [String] = []
    public var telLinks: [String] = []
    public var elements: [String: Element] = [:]
    public var cookies: [CookieState] = []
    public var sessionStorage: [String: String] = [:]
    public var localStorage: [String: String] = [:]
    /// What the client's `iovox.explainMedium()` says of this page's visit, when the build has source
    /// detection (see `StepDriver.explainsSource`).
    public var source: Source?

    /// A medium, the rule that chose it, the campaign, and the rules checked before it.
    public struct Source: Sendable, Codable, Equatable {
        public var medium: String
        public var rule: String
        public var campaign: String?
        public var passed: [String]?

        public init(medium: String, rule: String, campaign: String?, passed: [String]? = nil) {
            self.medium = medium
            self.rule = rule
            self.campaign = campaign
            self.passed = passed
        }

        /// The client's own account of the current page's source, `iovox.explainMedium()` (no side effects);
        /// nil when the page has no client. Call it only for a build with source detection: a build without
        /// it warns on the call.
        public static func explained(by browser: ScenarioBrowser) throws -> Source? {
            let json = try browser.evaluateJSON(
                "typeof iovox === 'object' && iovox && typeof iovox.explainMedium === 'function' ? iovox.explainMedium() : null")
            return try? JSONDecoder().decode(Source.self, from: Data(json.utf8))
        }
    }

    public init() {}

    /// The page part of a snapshot, as `SnapshotScript` returns it.
    struct PagePart: Decodable {
        var url: String
        var html: String
        var numbers: [String]
        var telLinks: [String]
        var elements: [Element]
        var sessionStorage: [String: String]
        var localStorage: [String: String]
    }

    /// Fills the page part from the JSON of `SnapshotScript.expression(selectors:)`.
    public mutating func read(json: String, selectors: [String]) throws {
        let part = try JSONDecoder().decode(PagePart.self, from: Data(json.utf8))
        url = part.url
        html = part.html
        numbers = part.numbers
        telLinks = part.telLinks
        sessionStorage = part.sessionStorage
        localStorage = part.localStorage
        elements = Dictionary(uniqueKeysWithValues: zip(selectors, part.elements).map { ($0, $1) })
    }
}

/// The JavaScript both browsers run to take a snapshot, so both are read the same way.
public enum SnapshotScript {
    /// An expression giving the snapshot's page part as a JSON-ready object.
    public static func expression(selectors: [String]) -> String {
        let list = String(decoding: try! JSONSerialization.data(withJSONObject: selectors), as: UTF8.self)
        return "(\(body))(\(list))"
    }

    static let body = #"""
    function (selectors) {
      var skip = { SCRIPT: 1, STYLE: 1, TEMPLATE: 1, NOSCRIPT: 1, HEAD: 1 };
      // Scripts, styles, templates and elements hidden by attribute or inline style show no text. The
      // style object is read only where a style attribute exists: making one per element is most of a walk.
      function hidden(el) {
        return !!skip[el.tagName] || el.hasAttribute('hidden') ||
          (el.hasAttribute('style') && !!el.style && el.style.display === 'none');
      }
      // Text as a reader sees it: block elements and line breaks separate what they hold.
      var block = {};
      ('ADDRESS ARTICLE ASIDE BLOCKQUOTE BR BUTTON DD DIV DL DT FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR ' +
        'LI MAIN NAV OL P SECTION TABLE TD TH TR UL').split(' ').forEach(function (t) { block[t] = 1; });
      var texts = [];
      // A loop with its own stack (nodes to visit, or '\n' to write when a block ends): a page can be
      // deeper than the JavaScript stack.
      var stack = [];
      function pushChildren(el) { for (var n = el.lastChild; n; n = n.previousSibling) stack.push(n); }
      pushChildren(document.body || document.documentElement);
      while (stack.length) {
        var n = stack.pop();
        if (n === '\n') texts.push('\n');
        else if (n.nodeType === 3) texts.push(n.data);
        else if (n.nodeType === 1 && !hidden(n)) {
          if (block[n.tagName] === 1) { texts.push('\n'); stack.push('\n'); }
          pushChildren(n);
        }
      }
      var all = texts.join('').replace(/\u00a0/g, ' ');
      var numbers = (all.match(/\+?\(?\d[\d ().\-]{5,}\d/g) || [])
        .map(function (s) { return s.trim(); })
        .filter(function (s) {
          // A phone number has 7+ digits, and a separator or + unless it is 10+ digits long
          // (so "Company no. 01234567" is not one).
          var digits = s.replace(/\D/g, '').length;
          return digits >= 7 && (digits >= 10 || /[^\d]/.test(s));
        });
      var telLinks = Array.prototype.map.call(document.querySelectorAll('a[href^="tel:"]'),
        function (a) { return a.getAttribute('href'); });
      var elements = selectors.map(function (sel) {
        var el = document.querySelector(sel);
        if (!el) return { exists: false };
        var attrs = {};
        for (var i = 0; i < el.attributes.length; i++) attrs[el.attributes[i].name] = el.attributes[i].value;
        return {
          exists: true, text: el.textContent.replace(/\s+/g, ' ').trim(), href: el.getAttribute('href'),
          attributes: attrs, visibility: getComputedStyle(el).visibility,
          classes: Array.prototype.slice.call(el.classList)
        };
      });
      function dump(s) {
        var o = {};
        // Keys starting with __dni_fill are the Chromium runner's own (storage filled to its quota).
        try {
          for (var i = 0; i < s.length; i++) { var k = s.key(i); if (k.indexOf('__dni_fill') !== 0) o[k] = s.getItem(k); }
        } catch (e) {}
        return o;
      }
      var doctype = document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>' : '';
      return { url: location.href, html: doctype + document.documentElement.outerHTML, numbers: numbers,
        telLinks: telLinks, elements: elements, sessionStorage: dump(sessionStorage), localStorage: dump(localStorage) };
    }
    """#
}
