/// The referrer policy a page applies right now.
extension Page {
    /// The last `<meta name="referrer">` with a known policy in the document, else the header's policy.
    ///
    /// Read at each request and navigation, so a meta element a script adds counts from then on, as in Chromium.
    /// Pages whose HTML never mentions "referrer" skip the lookup.
    public var effectiveReferrerPolicy: ReferrerPolicy {
        guard mayHaveMetaReferrer, isLive,
              let contents = try? evaluate("""
                  Array.prototype.map.call(document.querySelectorAll('meta[name="referrer" i][content]'),
                    function (m) { return m.getAttribute('content'); }).join('\\n')
                  """).stringValue else { return referrerPolicy }
        let metas = contents.split(separator: "\n").reversed()
        return metas.lazy.compactMap { ReferrerPolicy(meta: String($0)) }.first ?? referrerPolicy
    }

    /// True when `html` holds "referrer" in any case: one pass over the bytes, cheap even for a 1 MB page.
    static func mentionsReferrer(_ html: String) -> Bool {
        let needle = Array("referrer".utf8)
        var html = html
        return html.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            var index = 0
            while index <= bytes.count - needle.count {
                var matched = 0
                // OR-ing 0x20 lowers ASCII letters; a rare false match only costs one lookup.
                while matched < needle.count && bytes[index + matched] | 0x20 == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
                index += 1
            }
            return false
        }
    }
}
