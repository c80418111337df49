import Foundation

extension Account {
    /// Parses an account as `parse` does, reusing the result for the same text and file name in this process.
    ///
    /// A suite reads the same few account files for hundreds of scenarios; parsing YAML is most of the cost
    /// of setting one up. Keyed by the text itself, so an edited file is parsed again; errors are not kept.
    public static func parseOnce(_ text: String, fileName: String) throws -> Account {
        let key = ParseKey(fileName: fileName, text: text)
        if let account = parsed.withLock({ $0[key] }) { return account }
        let account = try parse(text, fileName: fileName)
        parsed.withLock { cache in
            // A bound, so a run over thousands of generated accounts cannot grow without end.
            if cache.count >= 64 { cache.removeAll() }
            cache[key] = account
        }
        return account
    }

    /// Loads an account file as `load` does, through `parseOnce`.
    public static func loadOnce(contentsOf url: URL) throws -> Account {
        try parseOnce(try readText(url), fileName: url.path)
    }

    private struct ParseKey: Hashable {
        var fileName: String
        var text: String
    }

    private static let parsed = Locked<[ParseKey: Account]>([:])
}
