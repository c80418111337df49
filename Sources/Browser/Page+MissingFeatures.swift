import Engine

extension Page {
    /// The platform features this page reached for that the harness lacks, in first-use order.
    ///
    /// An absent optional feature that was read (`window.indexedDB`) and a method the harness does not
    /// implement that was called (`HTMLFormElement.submit`) both count. See `docs/dom.md`.
    public var missingFeatures: [String] {
        guard let value = try? evaluate("__rt.missing.slice()") else { return [] }
        return value.elements.map(\.string)
    }
}
