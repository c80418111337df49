import Foundation
import Scenarios

/// Compares what the harness and Chromium saw for one scenario: every `expect` step's page, cookies and
/// storage, the API requests and the number of console errors.
public enum ResultComparison {
    public static func differences(harness: ScenarioResult, chromium: ScenarioResult) -> [Difference] {
        var out: [Difference] = []
        func check(_ field: String, _ a: String, _ b: String) {
            let (x, y) = (normalize(a), normalize(b))
            if x != y { out.append(Difference(field: field, harness: x, chromium: y)) }
        }
        if harness.snapshots.count != chromium.snapshots.count {
            check("expect steps reached", "\(harness.snapshots.count)", "\(chromium.snapshots.count)")
        }
        for (index, (a, b)) in zip(harness.snapshots, chromium.snapshots).enumerated() {
            let at = "expect[\(index)]"
            check("\(at).url", a.url, b.url)
            check("\(at).numbers", a.numbers.joined(separator: " | "), b.numbers.joined(separator: " | "))
            check("\(at).tel_links", a.telLinks.joined(separator: " | "), b.telLinks.joined(separator: " | "))
            for selector in Set(a.elements.keys).union(b.elements.keys).sorted() {
                check("\(at).elements.\(selector)", describe(a.elements[selector]), describe(b.elements[selector]))
            }
            let cookieNames = Set(a.cookies.map(\.name)).union(b.cookies.map(\.name)).sorted()
            for name in cookieNames {
                check("\(at).cookies.\(name)", describe(a.cookies.last { $0.name == name }),
                      describe(b.cookies.last { $0.name == name }))
            }
            check("\(at).session_storage", describe(a.sessionStorage), describe(b.sessionStorage))
            check("\(at).local_storage", describe(a.localStorage), describe(b.localStorage))
        }
        // Requests sent at once may reach a real server in any order: compare them as a sorted list.
        let calls = { (result: ScenarioResult) in
            result.apiCalls.map { "\($0.path) \($0.status) \(normalize(canonicalJSON($0.body)))" }.sorted()
        }
        let (a, b) = (calls(harness), calls(chromium))
        check("api requests", "\(a.count)", "\(b.count)")
        for (index, (x, y)) in zip(a, b).enumerated() { check("api[\(index)] (sorted)", x, y) }
        check("console errors", "\(harness.console.filter { $0.level == "error" }.count)",
              "\(chromium.console.filter { $0.level == "error" }.count)")
        return out
    }

    /// Values that legitimately differ run to run (random session keys) are replaced by placeholders.
    static func normalize(_ text: String) -> String {
        text.replacingOccurrences(of: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                                  with: "<uuid>", options: .regularExpression)
    }

    static func describe(_ element: PageSnapshot.Element?) -> String {
        guard let element, element.exists else { return "(absent)" }
        let attributes = (element.attributes ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return "text=\(element.text ?? "") href=\(element.href ?? "-") visibility=\(element.visibility ?? "-") "
            + "class=\((element.classes ?? []).joined(separator: " ")) [\(attributes.joined(separator: " "))]"
    }

    static func describe(_ cookie: CookieState?) -> String {
        guard let cookie else { return "(absent)" }
        return "\(cookie.value) (\(cookie.session ? "session" : "persistent"))"
    }

    static func describe(_ storage: [String: String]) -> String {
        storage.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    static func canonicalJSON(_ text: String) -> String {
        guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        else { return text }
        return String(decoding: data, as: UTF8.self)
    }
}
