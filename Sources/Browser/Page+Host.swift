import Engine

/// The host bridge: the `__host` functions through which the runtime reaches Swift-side state.
extension Page {
    func installHost() {
        let host = context.makeObject()
        context.global.set("__host", host)
        unowned let ctx = context
        func define(_ name: String, _ body: @escaping HostFunction) { ctx.define(name, on: host, body) }

        define("now") { [unowned self] _ in ctx.make(browser.clock.now) }
        define("perfNow") { [unowned self] _ in ctx.make(browser.clock.now - startTime) }
        define("parseFragment") { call in
            let html = call.string(0) ?? ""
            do { try HTMLParser.checkNesting(html) } catch {
                throw ScriptError(name: "NotSupportedError", message: String(describing: error))
            }
            let json = HTMLParser.fragment(html, context: call.string(1) ?? "div")
            return ctx.parseJSON(json)
        }
        define("parseDocument") { call in
            ctx.parseJSON(HTMLParser.document(call.string(0) ?? "").json)
        }
        define("console") { [unowned self] call in
            let level = ConsoleMessage.Level(rawValue: call.string(0) ?? "log") ?? .log
            record(level, call.string(1) ?? "")
            return nil
        }
        define("reportError") { [unowned self] call in
            let error = ScriptError(name: call.string(0) ?? "Error", message: call.string(1) ?? "",
                                    file: call.string(2), line: call.number(3).map(Int.init),
                                    column: call.number(4).map(Int.init), stack: call.string(5))
            errors.append(error)
            record(.error, "Uncaught \(error.name): \(error.message)" + (error.location.map { " (\($0))" } ?? ""))
            return nil
        }
        define("randomBytes") { [unowned self] call in
            let bytes = browser.random.bytes(Int(call.number(0) ?? 0))
            return ctx.parseJSON("[" + bytes.map(String.init).joined(separator: ",") + "]")
        }
        installTimers(define)
        installStorage(define)
        installNetwork(define)
        installNavigation(define)
    }

    private func installTimers(_ define: (String, @escaping HostFunction) -> Void) {
        unowned let ctx = context
        define("setTimer") { [unowned self] call in
            let id = Int(call.number(0) ?? 0)
            let delay = call.number(1) ?? 0
            let label = call.string(2) ?? "timer"
            let task = browser.loop.schedule(after: delay.isFinite ? delay : 0, owner: self, label: label) {
                [weak self] in
                guard let self else { return }
                timers[id] = nil
                run("timer") { try ctx.global["__rt"].invoke("fireTimer", [ctx.make(Double(id))]) }
            }
            timers[id] = task
            return nil
        }
        define("clearTimer") { [unowned self] call in
            if let task = timers.removeValue(forKey: Int(call.number(0) ?? 0)) { browser.loop.cancel(task) }
            return nil
        }
    }

    /// The storage area a script means: `local` or `session`, for the page's origin.
    func storageArea(_ kind: String) -> StorageArea? {
        guard let origin = URLParts(url)?.origin, origin != "null" else { return nil }
        return kind == "local" ? browser.localStorage(for: origin) : tab.sessionStorage(for: origin)
    }

    private func installStorage(_ define: (String, @escaping HostFunction) -> Void) {
        unowned let ctx = context
        // A nested function here would capture the page strongly and keep it alive through its own context.
        let area: (HostCall) -> StorageArea? = { [unowned self] call in storageArea(call.string(0) ?? "session") }
        define("storageGet") { call in
            guard let value = area(call)?.get(call.string(1) ?? "") else { return ctx.null }
            return ctx.make(value)
        }
        define("storageSet") { [unowned self] call in
            guard let area = area(call) else { throw ScriptError(name: "SecurityError", message: "no storage here") }
            if browser.options.storageThrows {
                throw ScriptError(name: "QuotaExceededError", message: "The quota has been exceeded.")
            }
            do { try area.set(call.string(1) ?? "null", call.string(2) ?? "null") } catch {
                throw ScriptError(name: "QuotaExceededError", message: "The quota has been exceeded.")
            }
            return nil
        }
        define("storageRemove") { call in
            area(call)?.remove(call.string(1) ?? "")
            return nil
        }
        define("storageClear") { call in
            area(call)?.clear()
            return nil
        }
        define("storageKey") { call in
            guard let key = area(call)?.key(at: Int(call.number(1) ?? -1)) else { return ctx.null }
            return ctx.make(key)
        }
        define("storageLength") { call in ctx.make(Double(area(call)?.count ?? 0)) }
        define("storageKeys") { call in
            ctx.parseJSON("[" + (area(call)?.keys ?? []).map(jsonString).joined(separator: ",") + "]")
        }
        define("getCookie") { [unowned self] _ in
            guard browser.options.cookiesEnabled, let parts = URLParts(url) else { return ctx.make("") }
            return ctx.make(browser.cookies.header(for: parts, fromScript: true))
        }
        define("setCookie") { [unowned self] call in
            guard browser.options.cookiesEnabled, let parts = URLParts(url) else { return nil }
            browser.cookies.set(call.string(0) ?? "", for: parts, fromScript: true)
            return nil
        }
    }
}
