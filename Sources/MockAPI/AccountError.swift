/// A problem in an account file, located by file, line and field.
///
///     examples/account.yaml:14: field 'pools[0].numbers[2]': expected phone number digits, got "020 7946"
public struct AccountError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file name as given to the parser.
    public var file: String
    /// The 1-based line of the offending node, or `nil` when unknown.
    public var line: Int?
    /// The dotted path of the field, e.g. `items[2].tracking_number`; empty for the whole file.
    public var field: String
    /// What is wrong.
    public var message: String

    public init(file: String, line: Int?, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return field.isEmpty ? "\(place): \(message)" : "\(place): field '\(field)': \(message)"
    }
}
