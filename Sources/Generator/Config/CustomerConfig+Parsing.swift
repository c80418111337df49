import Foundation
import Yams

extension CustomerConfig {
    /// Every top-level key a config may use.
    public static let topLevelKeys = [
        "customer", "access_key", "action_key", "api_url", "country_code", "selectors", "referrers",
        "persist_filters", "use_loading_class", "timeout_ms", "fallback_number", "paid_only",
        "heartbeat_seconds", "debug", "observe", "ignore_attribute", "on_load", "hosting", "numbers", "consent",
        "session_without_consent",
    ]

    /// Reads and validates the config file at `path`.
    ///
    /// - Throws: ``ConfigError`` listing every problem found, each with file, line, column and field path.
    public static func load(path: String, selectors: any SelectorChecker = BasicSelectorChecker()) throws -> CustomerConfig {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let reason = FileErrorReason.reading(path) ?? FileErrorReason.text(error)
            throw ConfigError(issues: [ConfigIssue(
                file: path, line: 1, column: 1, path: "", message: "cannot read the file (\(reason))")])
        }
        return try parse(yaml: text, file: path, selectors: selectors)
    }

    /// Parses and validates config text; `file` names it in messages.
    public static func parse(
        yaml: String, file: String = "config.yaml", selectors: any SelectorChecker = BasicSelectorChecker()
    ) throws -> CustomerConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ConfigError(issues: [issue(for: error, file: file)])
        }
        let reader = ConfigReader(file: file)
        guard let root else {
            reader.report("the file is empty; it needs at least customer, access_key and action_key", at: nil, path: "")
            throw ConfigError(issues: reader.issues)
        }
        let config = ConfigParser(reader: reader, selectors: selectors).config(from: root)
        if let config, reader.issues.isEmpty { return config }
        // In file order, as an editor would walk them.
        throw ConfigError(issues: reader.issues.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element))
    }

    /// A located issue for a YAML syntax error.
    private static func issue(for error: YamlError, file: String) -> ConfigIssue {
        var line = 1, column = 1, message = "\(error)"
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            line = mark.line
            column = mark.column
            message = problem
        case .duplicatedKeysInMapping(let duplicates, let context):
            message = "duplicate key(s) \(duplicates.joined(separator: ", "))"
            line = context.mark.line
            column = context.mark.column
        default:
            break
        }
        return ConfigIssue(file: file, line: line, column: column, path: "", message: "YAML syntax: \(message)")
    }
}
