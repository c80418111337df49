import Engine

/// One loaded document in a tab, with its own JavaScript context.
public final class Page {
    public let context: ScriptContext
    public let tab: Tab
    public var browser: Browser { tab.browser }
    /// The current URL (changes with `history.pushState`).
    public internal(set) var url: String
    /// `document.referrer`.
    public let referrer: String
    /// The policy of the page's `Referrer-Policy` header; a `<meta name="referrer">` overrides it
    /// (`effectiveReferrerPolicy`).
    public internal(set) var referrerPolicy = ReferrerPolicy.default
    /// True when the page's HTML mentions "referrer", so a `<meta name="referrer">` may be in it.
    var mayHaveMetaReferrer = false
    /// Uncaught script errors, in order.
    public internal(set) var errors: [ScriptError] = []
    /// Virtual time the page started loading.
    let startTime: Double
    var timers: [Int: Int] = [:]
    var requests: [Int: Int] = [:]
    var scriptLines: [Int] = []
    /// False once the page was navigated away from or closed.
    public private(set) var isLive = true

    init(tab: Tab, url: String, referrer: String) {
        self.tab = tab
        self.url = url
        self.referrer = referrer
        startTime = tab.browser.clock.now
        context = ScriptContext()
        installHost()
        for file in Runtime.files {
            do { try context.evaluate(file.script) } catch let error as ScriptError {
                errors.append(error)
                record(.error, "runtime failed: \(error)")
            } catch {}
        }
    }

    /// The console lines this page wrote.
    public var console: [ConsoleMessage] { browser.console.filter { $0.pageURL == url } }

    /// Builds the document from a parse, running its scripts in order, then fires DOMContentLoaded and load.
    func load(_ parsed: HTMLParser.Document) {
        scriptLines = parsed.scriptLines
        let config = """
            {"url":\(jsonString(url)),"referrer":\(jsonString(referrer)),\
            "userAgent":\(jsonString(browser.options.userAgent)),"language":\(jsonString(browser.options.language)),\
            "cookieEnabled":\(browser.options.cookiesEnabled),"seed":\(browser.random.next() >> 11)}
            """
        run("boot") { try context.global["__rt"].invoke("boot", [context.parseJSON(config)!]) }
        guard let tree = context.parseJSON(parsed.json) else { return }
        run("load") { try context.global["__rt"].invoke("loadDocument", [tree]) }
    }

    /// Evaluates harness code in the page (not a page script: errors are thrown to the caller).
    @discardableResult
    public func evaluate(_ source: String, file: String = "harness.js") throws -> ScriptValue {
        try context.evaluate(source, file: file)
    }

    /// The document serialized as HTML (`document.documentElement.outerHTML` with the doctype).
    public var html: String {
        (try? evaluate("__rt.serializeDocument()").string) ?? ""
    }

    /// Stops the page: its timers and pending answers are dropped.
    func unload() {
        guard isLive else { return }
        isLive = false
        browser.loop.cancelAll(owner: self)
    }

    /// Writes a console line for this page.
    func record(_ level: ConsoleMessage.Level, _ text: String) {
        browser.console.append(ConsoleMessage(level: level, text: text, time: browser.clock.now, pageURL: url))
    }

    /// Runs a runtime entry point; an exception there is a harness fault, kept as a page error.
    func run(_ what: String, _ body: () throws -> Void) {
        do { try ExecutionBudget.current.withActivity("\(what) of page \(url)", body) } catch let error as ScriptError {
            errors.append(error)
            record(.error, "Uncaught \(error)")
        } catch {
            record(.error, "\(what) failed: \(error)")
        }
    }
}

/// A Swift string as a JSON string literal.
func jsonString(_ text: String) -> String {
    var writer = TreeWriter()
    writer.appendJSON(text)
    return writer.out
}
