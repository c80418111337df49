/// One problem found in a config file, located by line, column and field path.
public struct ConfigIssue: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// Dotted field path such as `on_load.per_source.filters.medium` or `selectors[1]`.
    public var path: String
    public var message: String

    public init(file: String, line: Int, column: Int, path: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `file:line:column: path: message`, the form compilers use.
    public var description: String {
        let field = path.isEmpty ? "" : "\(path): "
        return "\(file):\(line):\(column): \(field)\(message)"
    }
}

/// Every problem found in a config; nothing is generated when this is thrown.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var issues: [ConfigIssue]

    public init(issues: [ConfigIssue]) { self.issues = issues }

    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
