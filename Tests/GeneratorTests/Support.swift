import Engine
import Foundation
@testable import Generator

/// Shared fixtures and helpers for the generator tests.
enum Fixture {
    /// The project root (for `templates/` and `examples/`).
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fake client of `Fixtures/snippet` with the real templates.
    static let sources = GeneratorSources(
        snippetDirectory: Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("snippet"),
        templatesDirectory: projectRoot.appendingPathComponent("templates"))

    /// Whether the real client (`snippet/modules.json`) exists yet.
    static let realClientAvailable = FileManager.default.fileExists(
        atPath: projectRoot.appendingPathComponent("snippet/modules.json").path)

    /// The fake client's generator; not minified, so tests can look for its assembly text.
    static func generator(strip: Bool = true, minify: Bool = false) throws -> Generator {
        try Generator(sources: sources, strip: strip, minify: minify)
    }

    /// A minimal valid config followed by `extra` YAML lines.
    static func yaml(_ extra: String = "") -> String {
        """
        customer: acme
        access_key: key-1
        action_key: action-1
        \(extra)
        """
    }

    /// Parses YAML that must be valid.
    static func config(_ yaml: String) throws -> CustomerConfig {
        try CustomerConfig.parse(yaml: yaml, file: "test.yaml")
    }

    /// The issues reported for YAML that must be invalid (empty when it unexpectedly parses).
    static func issues(_ yaml: String, file: String = "bad.yaml") -> [ConfigIssue] {
        do {
            _ = try CustomerConfig.parse(yaml: yaml, file: file)
            return []
        } catch let error as ConfigError {
            return error.issues
        } catch {
            return [ConfigIssue(file: file, line: 0, column: 0, path: "", message: "\(error)")]
        }
    }
}

/// Runs generated scripts in JavaScriptCore with a tiny fake page around them.
enum ScriptRunner {
    /// Evaluates `scripts` in order in a fresh context whose page URL is `href` and returns
    /// `JSON.stringify(iovox.calls)`, the public calls the fake client recorded.
    static func calls(running scripts: [String], href: String = "https://shop.example/landing?utm_source=news%20letter&gclid=G1",
                      referrer: String = "https://ref.example/") throws -> String {
        let context = ScriptContext()
        let search = href.firstIndex(of: "?").map { String(href[$0...]) } ?? ""
        try context.evaluate("""
            var window = this;
            var document = {referrer: \(JSString.literal(referrer))};
            window.location = {href: \(JSString.literal(href)), search: \(JSString.literal(search))};
            """, file: "page.js")
        for (offset, script) in scripts.enumerated() {
            try context.evaluate(script, file: "script\(offset).js")
        }
        return try context.evaluate("JSON.stringify(window.iovox.calls)").string
    }
}

/// Reads the double-quoted string literals back out of generated JavaScript.
enum LiteralReader {
    /// Every double-quoted literal in `source`, decoded as JSON strings.
    static func doubleQuoted(in source: String) throws -> [String] {
        try spans(in: source).filter { $0.first == "\"" }.map {
            try JSONDecoder().decode(String.self, from: Data($0.utf8))
        }
    }

    /// `source` with every string literal's contents replaced by `S`: the code's shape alone.
    static func shape(of source: String) -> String {
        var result = source
        for span in spans(in: source).reversed() {
            if let range = result.range(of: span, options: .backwards) { result.replaceSubrange(range, with: "S") }
        }
        return result
    }

    /// The raw text of each `'...'` and `"..."` literal, quotes included.
    static func spans(in source: String) -> [String] {
        var spans: [String] = []
        let chars = Array(source)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "\"" || c == "'" else { i += 1; continue }
            var j = i + 1
            while j < chars.count, chars[j] != c { j += chars[j] == "\\" ? 2 : 1 }
            spans.append(String(chars[i...min(j, chars.count - 1)]))
            i = j + 1
        }
        return spans
    }
}
