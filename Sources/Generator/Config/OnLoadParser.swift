import Yams

/// Reads the `on_load` section: per-source and per-session tracking.
struct OnLoadParser {
    let reader: ConfigReader

    func onLoad(_ node: Node) -> OnLoad {
        // `on_load: ~` (or an empty value) means nothing runs on load besides init.
        if node.tag.rawValue == Tag.Name.null.rawValue { return OnLoad() }
        guard let fields = reader.mapping(node, path: "on_load", known: ["per_source", "per_session"]) else {
            return OnLoad()
        }
        return OnLoad(
            perSource: fields["per_source"].flatMap(perSource),
            perSession: fields["per_session"].flatMap(perSession))
    }

    private func perSource(_ node: Node) -> PerSource? {
        let path = "on_load.per_source"
        guard let fields = reader.mapping(node, path: path, known: ["filters", "defaults"]) else { return nil }
        guard let filtersNode = fields["filters"] else {
            reader.report("missing required field 'filters' (e.g. filters: {medium: detect})", at: node, path: path + ".filters")
            return nil
        }
        let filters = self.filters(filtersNode, path: path + ".filters")
        let defaults = fields["defaults"].map { self.filters($0, path: path + ".defaults") } ?? []
        if filtersNode.mapping?.isEmpty == true {
            reader.report("needs at least one filter", at: filtersNode, path: path + ".filters")
        }
        return PerSource(filters: filters, defaults: defaults)
    }

    private func perSession(_ node: Node) -> PerSession? {
        let path = "on_load.per_session"
        guard let fields = reader.mapping(node, path: path, known: ["filters", "site_data", "defaults"]) else {
            return nil
        }
        guard let filtersNode = fields["filters"] else {
            reader.report("missing required field 'filters' (e.g. filters: {pool_id: my-pool})", at: node, path: path + ".filters")
            return nil
        }
        let filters = self.filters(filtersNode, path: path + ".filters")
        if filtersNode.mapping?.isEmpty == true {
            reader.report("needs a pool_id or category filters", at: filtersNode, path: path + ".filters")
        }
        let siteData = fields["site_data"].map { self.siteData($0, path: path + ".site_data") } ?? []
        let defaults = fields["defaults"].map { self.filters($0, path: path + ".defaults") } ?? []
        return PerSession(filters: filters, siteData: siteData, defaults: defaults)
    }

    /// Filter key/value pairs; the values `detect` and `campaign` are detected in the browser.
    private func filters(_ node: Node, path: String) -> [Filter] {
        guard let pairs = reader.orderedPairs(node, path: path) else { return [] }
        return pairs.compactMap { pair in
            let fieldPath = ConfigReader.join(path, pair.key)
            guard !pair.key.isEmpty else {
                reader.report("filter keys must not be empty", at: pair.keyNode, path: fieldPath)
                return nil
            }
            guard let value = reader.nonEmptyString(pair.value, path: fieldPath) else { return nil }
            // A quoted 'detect' stays the literal word; the plain word asks for detection.
            let plain = pair.value.scalar?.style == .plain
            switch (value, plain) {
            case ("detect", true): return Filter(pair.key, .detect)
            case ("campaign", true): return Filter(pair.key, .campaign)
            default: return Filter(pair.key, .literal(value))
            }
        }
    }

    /// site_data items: a known field name, or a one-entry mapping `{key: fixed value}`.
    private func siteData(_ node: Node, path: String) -> [SiteDataField] {
        guard let items = reader.list(node, path: path) else { return [] }
        var seen = Set<String>()
        return items.enumerated().compactMap { offset, item in
            let itemPath = "\(path)[\(offset)]"
            let field: SiteDataField?
            if item.mapping != nil {
                field = customField(item, path: itemPath)
            } else if let name = reader.nonEmptyString(item, path: itemPath) {
                field = namedField(name, item: item, path: itemPath)
            } else {
                field = nil
            }
            guard let field else { return nil }
            if !seen.insert(field.key).inserted {
                reader.report("'\(field.key)' is collected twice", at: item, path: itemPath)
                return nil
            }
            return field
        }
    }

    private func namedField(_ name: String, item: Node, path: String) -> SiteDataField? {
        switch name {
        case "landing_page": return .landingPage
        case "referrer": return .referrer
        case _ where SiteDataField.queryFields.contains(name): return .query(name)
        default:
            var message = "unknown site_data field '\(name)' (known: \(SiteDataField.namedFields.joined(separator: ", ")); "
                + "for a fixed value write {\(name): value})"
            if let near = KeySuggestion.nearest(to: name, in: SiteDataField.namedFields) {
                message = "unknown site_data field '\(name)'; did you mean '\(near)'?"
            }
            reader.report(message, at: item, path: path)
            return nil
        }
    }

    private func customField(_ item: Node, path: String) -> SiteDataField? {
        guard let pairs = reader.orderedPairs(item, path: path) else { return nil }
        guard pairs.count == 1, let pair = pairs.first, !pair.key.isEmpty else {
            reader.report("a custom site_data item is one 'key: value' pair", at: item, path: path)
            return nil
        }
        guard let value = reader.string(pair.value, path: ConfigReader.join(path, pair.key)) else { return nil }
        return .custom(key: pair.key, value: value)
    }
}
