import Engine
import Foundation

/// The network and navigation parts of the host bridge.
extension Page {
    func installNetwork(_ define: (String, @escaping HostFunction) -> Void) {
        unowned let ctx = context
        // send(id, kind, method, url, headersJSON, body): the answer arrives later through __rt.deliver.
        define("send") { [unowned self] call in
            let id = Int(call.number(0) ?? 0)
            let kind = HTTPRequest.Kind(rawValue: call.string(1) ?? "xhr") ?? .xhr
            let method = call.string(2) ?? "GET"
            let target = call.string(3) ?? ""
            let headers = (try? JSONSerialization.jsonObject(with: Data((call.string(4) ?? "{}").utf8)))
                as? [String: String] ?? [:]
            let (index, answer) = browser.send(kind: kind, method: method, url: target, headers: headers,
                                               body: call.string(5) ?? "", from: url, policy: effectiveReferrerPolicy)
            guard let response = answer else {
                record(.error, "unhandled request: \(method.uppercased()) \(target)")
                errors.append(ScriptError(name: "UnhandledRequest", message: "\(method.uppercased()) \(target)"))
                deliver(id, HTTPResponse(networkError: true), after: browser.nextLatency(), log: index)
                return nil
            }
            if response.hang { return nil }
            deliver(id, response, after: browser.nextLatency() + response.delayMs, log: index)
            return nil
        }
        define("abort") { [unowned self] call in
            if let task = requests.removeValue(forKey: Int(call.number(0) ?? 0)) { browser.loop.cancel(task) }
            return nil
        }
        // loadScript(url, integrity): a synchronous load of a parser-inserted <script src>, run when it loads;
        // returns whether it loaded (a 2xx answer, not blocked by integrity), whatever the script then threw.
        define("loadScript") { [unowned self] call in
            let target = call.string(0) ?? ""
            let (_, answer) = browser.send(kind: .script, method: "GET", url: target, headers: [:], body: "",
                                           from: url, policy: effectiveReferrerPolicy)
            guard let response = answer, !response.networkError, !response.hang else { return ctx.make(false) }
            // Subresource Integrity: a script whose digest matches none of the given ones is blocked.
            if let integrity = call.string(1), !integrity.trimmingCharacters(in: .whitespaces).isEmpty,
               let computed = SubresourceIntegrity.mismatch(integrity, body: response.body) {
                record(.error, "Failed to find a valid digest in the 'integrity' attribute for resource '\(target)' "
                    + "with computed SHA-384 integrity '\(computed)'. The resource has been blocked.")
                return ctx.make(false)
            }
            guard (200..<300).contains(response.status) else { return ctx.make(false) }
            // The same build is loaded on page after page: parsed once per thread, never copied again.
            let script = Page.loadedScripts.value(for: ScriptSource(url: target, text: ExactText(response.body))) {
                PreparedScript(response.body, file: target)
            }
            try runPageScript("script \(target) of page \(url)") { try ctx.evaluate(script) }
            return ctx.make(true)
        }
        // evaluate(code, file, index): an inline page script; its errors are reported, never thrown to the caller.
        define("evaluate") { [unowned self] call in
            let file = call.string(1) ?? url
            let index = Int(call.number(2) ?? -1)
            let line = index >= 0 && index < scriptLines.count ? scriptLines[index] : 1
            let label = (index >= 0 ? "inline script #\(index + 1) (line \(line))" : "script \(file)") + " of page \(url)"
            return ctx.make(try runPageScript(label) { try ctx.evaluate(call[0], file: file, line: line) })
        }
    }

    /// Where a loaded script came from and what it says, byte for byte: the key of a prepared script.
    struct ScriptSource: Hashable {
        let url: String
        let text: ExactText
    }

    /// Scripts loaded by `<script src>`, prepared for the engine, shared by every page of the process.
    static let loadedScripts = RecentCache<ScriptSource, PreparedScript>(capacity: 128)

    /// Runs a page script under the budget, labelled for a limit's message; what the script throws is reported
    /// as an uncaught error, never thrown to the caller. Returns whether it ran to the end.
    @discardableResult
    func runPageScript(_ label: String, _ body: () throws -> ScriptValue) throws -> Bool {
        do {
            try ExecutionBudget.current.withActivity(label) { _ = try body() }
        } catch let error as ScriptError {
            errors.append(error)
            record(.error, "Uncaught \(error.name): \(error.message)" + (error.location.map { " (\($0))" } ?? ""))
            return false
        }
        return true
    }

    /// Schedules an answer's arrival in the page.
    private func deliver(_ id: Int, _ response: HTTPResponse, after delay: Double, log index: Int) {
        unowned let ctx = context
        let task = browser.loop.schedule(after: delay, owner: self, label: "answer #\(id)") { [weak self] in
            guard let self else { return }
            requests[id] = nil
            let headers = "{" + response.headers.map { "\(jsonString($0.key.lowercased())):\(jsonString($0.value))" }
                .joined(separator: ",") + "}"
            run("deliver") {
                try ctx.global["__rt"].invoke("deliver", [
                    ctx.make(Double(id)), ctx.make(Double(response.status)), ctx.make(headers),
                    ctx.make(response.body), ctx.make(response.networkError),
                ])
            }
        }
        requests[id] = task
    }

    func installNavigation(_ define: (String, @escaping HostFunction) -> Void) {
        define("navigate") { [unowned self] call in
            tab.scheduleNavigation(to: call.string(0) ?? url, referrer: call.string(1) ?? "", from: self)
            return nil
        }
        define("setURL") { [unowned self] call in
            url = call.string(0) ?? url
            tab.replaceCurrentURL(url, push: call[1].bool)
            return nil
        }
    }
}
