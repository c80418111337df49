import Foundation
import Mustache

/// The Mustache templates of `templates/` that shape every output.
public struct TemplateSet: Sendable {
    /// Template names, without the `.mustache` extension.
    public static let names = ["dni.js", "snippet.html", "gtm.html", "wordpress.php"]

    private let templates: [String: MustacheTemplate]

    /// Loads every template from `directory`.
    public init(directory: URL) throws {
        var templates: [String: MustacheTemplate] = [:]
        for name in Self.names {
            let url = directory.appendingPathComponent(name + ".mustache")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw GeneratorError.missingSource("cannot read template \(url.path)")
            }
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch {
                throw GeneratorError.badTemplate("\(url.path): \(error)")
            }
        }
        self.templates = templates
    }

    /// Renders template `name` with `data`; every value must already be escaped for its context.
    func render(_ name: String, _ data: [String: Any]) -> String {
        templates[name]!.render(data)
    }
}
