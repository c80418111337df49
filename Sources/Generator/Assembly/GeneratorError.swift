/// A problem with the generator's inputs other than the customer config.
public enum GeneratorError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A file of `snippet/` or `templates/` is missing or unreadable.
    case missingSource(String)
    /// `snippet/modules.json` is malformed.
    case badManifest(String)
    /// A template does not parse.
    case badTemplate(String)
    /// The assembled script contains a sequence that would break an inline `<script>`.
    case unsafeScript(String)
    /// Writing the outputs failed.
    case writeFailed(String)

    public var description: String {
        switch self {
        case .missingSource(let text): return "missing source: \(text)"
        case .badManifest(let text): return "bad module manifest: \(text)"
        case .badTemplate(let text): return "bad template: \(text)"
        case .unsafeScript(let text): return "unsafe script: \(text)"
        case .writeFailed(let text): return "cannot write outputs: \(text)"
        }
    }
}
