import Foundation

/// Compares an `Expectation` with what the browser and the API show, producing readable failures.
struct ExpectationChecker {
    let step: Int
    let label: String

    func fail(_ check: String, _ expected: String, _ actual: String) -> Failure {
        Failure(step: step, stepLabel: label, check: check, expected: expected, actual: actual)
    }

    /// A failed check of a list, keeping the items for a diff.
    func failList(_ check: String, _ expected: [String], _ actual: [String]) -> Failure {
        Failure(step: step, stepLabel: label, check: check, expected: list(expected), actual: list(actual),
                expectedItems: expected, actualItems: actual)
    }

    func check(_ e: Expectation, snapshot: PageSnapshot, calls: [ScenarioNetwork.APICall], console: [ConsoleLine],
               medium: String?, evals: [String]) -> [Failure] {
        var failures: [Failure] = []
        for (selector, check) in e.elements {
            failures += element(selector, check, snapshot.elements[selector])
        }
        if let numbers = e.numbers, numbers != snapshot.numbers {
            failures.append(failList("numbers", numbers, snapshot.numbers))
        }
        if let links = e.telLinks, links != snapshot.telLinks {
            failures.append(failList("tel_links", links, snapshot.telLinks))
        }
        for (name, check) in e.cookies {
            let cookie = snapshot.cookies.last { $0.name == name }
            failures += value("cookies.\(name)", check, cookie?.value, session: cookie?.session)
        }
        for (key, check) in e.sessionStorage {
            failures += value("session_storage.\(key)", check, snapshot.sessionStorage[key], session: nil)
        }
        for (key, check) in e.localStorage {
            failures += value("local_storage.\(key)", check, snapshot.localStorage[key], session: nil)
        }
        if let count = e.apiRequests, count != calls.count {
            failures.append(fail("api_requests", "\(count)", "\(calls.count): " + calls.map(\.path).joined(separator: ", ")))
        }
        if let requests = e.requests {
            failures += e.requestsInAnyOrder ? self.requestsInAnyOrder(requests, calls) : self.requests(requests, calls)
        }
        if let expected = e.medium {
            let actual = medium.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8), options: .fragmentsAllowed) }
            if (actual as? String) != expected { failures.append(fail("medium", expected, medium ?? "null")) }
        }
        for (index, (expression, expected)) in e.evals.enumerated() where !JSONMatch.equal(evals[index], expected) {
            failures.append(fail("eval \(expression)", expected, evals[index]))
        }
        for wanted in e.consoleContains where !console.contains(where: { $0.text.contains(wanted) }) {
            failures.append(fail("console_contains", wanted, list(console.map { "[\($0.level)] \($0.text)" })))
        }
        let errors = console.filter { $0.level == "error" }
        if !e.allowErrors, !errors.isEmpty {
            failures.append(fail("console errors", "none (set allow_errors: true where errors are expected)",
                                 list(errors.map(\.text))))
        }
        return failures
    }

    func element(_ selector: String, _ check: ElementCheck, _ actual: PageSnapshot.Element?) -> [Failure] {
        let path = "elements.\(selector)"
        guard let actual, actual.exists else {
            return check.exists ? [fail(path, "an element", "nothing matches")] : []
        }
        if !check.exists { return [fail(path, "absent", "present: \(actual.text ?? "")")] }
        var failures: [Failure] = []
        if let text = check.text, text != actual.text { failures.append(fail(path + ".text", quote(text), quote(actual.text))) }
        if let part = check.textContains, !(actual.text ?? "").contains(part) {
            failures.append(fail(path + ".text_contains", quote(part), quote(actual.text)))
        }
        if let href = check.href, href != actual.href { failures.append(fail(path + ".href", quote(href), quote(actual.href))) }
        if let visibility = check.visibility, visibility != actual.visibility {
            failures.append(fail(path + ".visibility", visibility, actual.visibility ?? "none"))
        }
        for name in check.classAbsent where actual.classes?.contains(name) == true {
            failures.append(fail(path + ".class_absent", "no class \(name)", (actual.classes ?? []).joined(separator: " ")))
        }
        for (name, expected) in check.attributes.sorted(by: { $0.key < $1.key }) {
            let value = actual.attributes?[name]
            if value != expected {
                failures.append(fail(path + ".attributes.\(name)", expected.map(quote) ?? "absent", value.map(quote) ?? "absent"))
            }
        }
        return failures
    }

    func value(_ path: String, _ check: ValueCheck, _ actual: String?, session: Bool?) -> [Failure] {
        if check.absent { return actual == nil ? [] : [fail(path, "absent", quote(actual))] }
        guard let actual else { return [fail(path, "present", "absent")] }
        var failures: [Failure] = []
        if let equals = check.equals, equals != actual { failures.append(fail(path, quote(equals), quote(actual))) }
        if let pattern = check.matches, actual.range(of: pattern, options: .regularExpression) == nil {
            failures.append(fail(path, "matching /\(pattern)/", quote(actual)))
        }
        if let expected = check.session, let session, expected != session {
            failures.append(fail(path + ".session", expected ? "a session cookie" : "a persistent cookie",
                                 session ? "a session cookie" : "a persistent cookie"))
        }
        return failures
    }

    func requests(_ expected: [RequestCheck], _ calls: [ScenarioNetwork.APICall]) -> [Failure] {
        var failures: [Failure] = []
        if expected.count != calls.count {
            failures.append(fail("requests", "\(expected.count) API requests: " + expected.map(\.path).joined(separator: ", "),
                                 "\(calls.count): " + calls.map(\.path).joined(separator: ", ")))
        }
        for (index, (want, call)) in zip(expected, calls).enumerated() {
            if want.path != call.path { failures.append(fail("requests[\(index)].path", want.path, call.path)) }
            if let subset = want.bodySubset, !JSONMatch.contains(call.body, subset) {
                failures.append(fail("requests[\(index)].body", "containing \(subset)", call.body))
            }
            if let referer = want.referer, referer != call.referer {
                failures.append(fail("requests[\(index)].referer", quote(referer), quote(call.referer)))
            }
        }
        return failures
    }

    /// Each expected request must match a different actual one, in whatever order they came.
    func requestsInAnyOrder(_ expected: [RequestCheck], _ calls: [ScenarioNetwork.APICall]) -> [Failure] {
        if expected.count != calls.count {
            return [fail("requests", "\(expected.count) API requests", "\(calls.count): " + calls.map(\.path).joined(separator: ", "))]
        }
        var unused = calls
        var failures: [Failure] = []
        for (index, want) in expected.enumerated() {
            let match = unused.firstIndex { call in
                call.path == want.path && (want.bodySubset.map { JSONMatch.contains(call.body, $0) } ?? true)
                    && (want.referer.map { $0 == call.referer } ?? true)
            }
            if let match { unused.remove(at: match) } else {
                failures.append(fail("requests[\(index)] (any order)", "\(want.path) containing \(want.bodySubset ?? "{}")",
                                     "no remaining request matches: " + unused.map(\.body).joined(separator: " | ")))
            }
        }
        return failures
    }

    func list(_ items: [String]) -> String { items.isEmpty ? "(none)" : items.map(quote).joined(separator: ", ") }
    func quote(_ text: String?) -> String { text.map { "\"\($0)\"" } ?? "null" }
}
