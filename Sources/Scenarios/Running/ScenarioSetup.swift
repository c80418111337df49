import Foundation
import Generator
import MockAPI

/// Everything a scenario needs before a browser starts: the build, its pages with the tag pasted, the account.
public struct ScenarioSetup {
    /// The `dni.js` under test, exactly as generated.
    public var script: String
    /// The client modules the build includes (the library has them all).
    public var modules: [String]
    /// Whether the build has source detection, so `iovox.explainMedium()` may be asked without a warning.
    public var explainsSource: Bool { modules.contains("detect") }
    /// Where a hosted build is loaded from, when the config says so.
    public var hostedURL: String?
    /// Page bodies by URL, with the customer's tag in place in the HTML ones.
    public var pages: [String: String]
    /// Status and headers of the pages that give them.
    public var heads: [String: PageHead]
    public var account: Account

    /// Generates (or reuses) the build and pastes its tag into every page.
    public init(_ scenario: Scenario, builds: BuildCache) throws {
        let tag: String
        switch scenario.build {
        case .config(let path):
            let (build, config) = try builds.customer(configPath: path)
            script = build.script
            modules = build.modules
            hostedURL = config.hosting?.url
            tag = build["snippet.html"] ?? ""
        case .library(let pageScript):
            let library = try builds.library()
            script = library.script
            modules = library.modules
            hostedURL = nil
            tag = "<script src=\"/dni.js\"></script>\n<script>\n\(pageScript)\n</script>"
        }
        heads = scenario.pageHeads
        var pages = scenario.pages
        // The tag goes only into HTML documents: not into scripts, JSON or HTML partials a page fetches.
        for (url, body) in pages where (heads[url] ?? PageHead()).isHTML(url) && Self.isDocument(url: url, body: body) {
            pages[url] = Self.paste(tag, into: body)
        }
        self.pages = pages
        switch scenario.account {
        case .file(let path): account = try Account.loadOnce(contentsOf: URL(fileURLWithPath: path))
        case .inline(let yaml, let file): account = try Account.parseOnce(yaml, fileName: file)
        }
    }

    /// Whether a page is an HTML document, which gets the tag. Scripts, styles and data (by the URL's
    /// extension) and HTML partials (no `{{snippet}}`, `<html`, `<body` or doctype) are served as written.
    static func isDocument(url: String, body: String) -> Bool {
        let path = URLComponents(string: url)?.path.lowercased() ?? ""
        let ext = path.split(separator: "/").last.flatMap { $0.contains(".") ? $0.split(separator: ".").last : nil }
        if let ext, ["js", "mjs", "json", "css", "txt", "xml", "map", "svg"].contains(String(ext)) { return false }
        if body.contains("{{snippet}}") { return true }
        return body.range(of: "<(html|body|!doctype)[\\s>]", options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// Puts the tag at `{{snippet}}`, else just before the last `</body>`, else at the end.
    static func paste(_ tag: String, into html: String) -> String {
        if html.contains("{{snippet}}") { return html.replacingOccurrences(of: "{{snippet}}", with: tag) }
        if let range = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            return html.replacingCharacters(in: range, with: tag + "\n</body>")
        }
        return html + "\n" + tag
    }
}
