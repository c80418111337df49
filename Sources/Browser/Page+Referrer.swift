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
}
