import Foundation
import Generator
import Yams

/// Reads scenario YAML into `Scenario`, reporting every problem with file, line, column and field.
///
/// ```swift
/// let scenario = try ScenarioParser.load(path: "scenarios/detection/google.yaml")
/// ```
public enum ScenarioParser {
    static let topLevelKeys = ["name", "tags", "build", "account", "faults", "pages", "network", "visitor", "steps",
                               "expect", "chromium"]

    /// Reads and parses the scenario file at `path`.
    public static func load(path: String) throws -> Scenario {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ConfigError(issues: [ConfigIssue(file: path, line: 1, column: 1, path: "",
                                                   message: "cannot read the file")])
        }
        return try parse(yaml: text, file: path)
    }

    /// Parses scenario text; relative paths in it resolve against the folder of `file`.
    public static func parse(yaml: String, file: String) throws -> Scenario {
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch {
            throw ConfigError(issues: [ConfigIssue(file: file, line: 1, column: 1, path: "",
                                                   message: "not valid YAML: \(error)")])
        }
        let reader = ConfigReader(file: file)
        guard let root, let top = reader.mapping(root, path: "", known: topLevelKeys) else {
            if root == nil { reader.report("the file is empty", at: nil, path: "") }
            throw ConfigError(issues: reader.issues)
        }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let parser = ScenarioNodeParser(reader: reader, folder: folder)
        let scenario = parser.scenario(top, root: root, file: file)
        if let scenario, reader.issues.isEmpty { return scenario }
        throw ConfigError(issues: reader.issues)
    }

    /// Milliseconds from `250ms`, `61s`, `2m`, `1h` or a bare number of milliseconds.
    public static func duration(_ text: String) -> Double? {
        let units: [(String, Double)] = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            if let value = Double(text.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), value >= 0 {
                return value * factor
            }
        }
        return Double(text).flatMap { $0 >= 0 ? $0 : nil }
    }
}
