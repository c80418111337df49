import Foundation

/// A self-contained HTML page of a run: each scenario's page before and after, numbers, requests, cookies.
public enum HTMLReport {
    public static func page(_ results: [ScenarioResult], title: String = "dni scenario report") -> String {
        let passed = results.filter(\.passed).count
        let failed = results.filter { !$0.failures.isEmpty }.count
        var out = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
            <style>
            body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
            details{border:1px solid #ddd;border-radius:6px;margin:.5em 0;padding:.4em .8em}
            summary{cursor:pointer;font-weight:600} .pass{color:#17702f} .fail{color:#b3261e} .skip{color:#8a6d00}
            .pages{display:flex;gap:1em} .pages div{flex:1} iframe{width:100%;height:260px;border:1px solid #ccc;background:#fff}
            pre{background:#f6f6f6;padding:.5em;overflow:auto;max-height:16em;white-space:pre-wrap;overflow-wrap:anywhere}
            table{border-collapse:collapse;max-width:100%} td,th{border:1px solid #ddd;padding:2px 6px;text-align:left;
            vertical-align:top;overflow-wrap:anywhere} td.tight,th.tight{white-space:nowrap} .failure{border-left:4px solid #b3261e;padding:.2em .8em;margin:.5em 0}
            .failure h5{margin:.2em 0} ul.diff{list-style:none;padding:0;margin:.2em 0;font-family:monospace}
            .diff li{padding:0 .4em;white-space:pre-wrap} .diff .missing,.exp{background:#fde7e9} .diff .unexpected,.act{background:#e6f4ea}
            del{background:#f6b9bf;text-decoration:none} ins{background:#a8dab5;text-decoration:none}
            dl.fail{display:grid;grid-template-columns:max-content 1fr;gap:.1em .6em;margin:.2em 0;font-family:monospace}
            dl.fail dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
            </style></head><body>
            <h1>\(escape(title))</h1>
            <p>\(passed) passed, \(failed) failed, \(results.count - passed - failed) skipped</p>

            """
        for result in results { out += section(result) }
        return out + "</body></html>\n"
    }

    static func section(_ result: ScenarioResult) -> String {
        let status = result.skipped != nil ? "skip" : result.failures.isEmpty ? "pass" : "fail"
        var out = "<details\(status == "fail" ? " open" : "")><summary class=\"\(status)\">\(status.uppercased()) "
        out += "\(escape(result.scenario.name)) <small>(\(escape(result.scenario.file)), \(result.browser), "
        out += String(format: "%.1f ms", result.seconds * 1000) + ")</small></summary>\n"
        let visitor = result.scenario.visitor
        out += "<p>Visitor: \(escape(visitor.url))" + (visitor.referrer.isEmpty ? " (no referrer)"
            : " from \(escape(visitor.referrer))") + "</p>\n"
        if let source = result.finalSnapshot?.source {
            out += "<p>Source as the client tells it: <b>\(escape(source.medium))</b> by rule <code>\(escape(source.rule))</code>"
            out += (source.campaign.flatMap { $0.isEmpty ? nil : ", campaign \(escape($0))" } ?? "") + "</p>\n"
        }
        if let reason = result.skipped { out += "<p>Skipped: \(escape(reason))</p>" }
        for failure in result.failures { out += failureBlock(failure) }
        // The numbers the client changed (by node) are marked on both sides; any other number shown, after.
        let changed = (result.replacements ?? []).filter { $0.kind == "text" }
        let after = result.finalSnapshot.map { highlight(stripScripts($0.html), numbers: changed.map(\.new) + $0.numbers) }
        let before = highlight(stripScripts(result.originalHTML ?? ""), numbers: changed.map(\.old))
        out += "<div class=\"pages\"><div><h4>Before (as served)</h4>"
        out += "<iframe sandbox srcdoc=\"\(escape(before))\"></iframe></div>"
        out += "<div><h4>After (numbers highlighted)</h4><iframe sandbox srcdoc=\"\(escape(after ?? ""))\"></iframe></div></div>\n"
        if let replacements = result.replacements {
            out += "<h4>What the client changed, node by node</h4>"
            out += replacements.isEmpty ? "<p>Nothing.</p>" : "<ul>" + replacements.map {
                "<li>\($0.kind): <code>\(escape($0.old))</code> → <code>\(escape($0.new))</code></li>"
            }.joined() + "</ul>"
        }
        if let snapshot = result.finalSnapshot {
            out += "<p>Numbers as the <code>numbers</code> check reads the page: " + escape(snapshot.numbers.joined(separator: " · ")) + "</p>"
            if !snapshot.cookies.isEmpty {
                out += "<table><tr><th class=\"tight\">cookie</th><th>value</th><th class=\"tight\">kind</th><th>attributes</th></tr>"
                for cookie in snapshot.cookies {
                    // Shown decoded, as people read it; the raw value too when it differs.
                    let decoded = cookie.decodedValue
                    let value = decoded == cookie.value ? escape(decoded)
                        : escape(decoded) + " <small>(raw: \(escape(cookie.value)))</small>"
                    out += "<tr><td class=\"tight\">\(escape(cookie.name))</td><td>\(value)</td>"
                    out += "<td class=\"tight\">\(cookie.session ? "session" : "persistent")</td>"
                    out += "<td>\(escape(cookie.attributes.joined(separator: "; ")))</td></tr>"
                }
                out += "</table>"
            }
        }
        if !result.apiCalls.isEmpty {
            out += "<h4>API requests and answers</h4><table><tr><th>request</th><th class=\"tight\">status</th><th>answer</th></tr>"
            for call in result.apiCalls {
                let status = call.status == 0 ? "network error" : "\(call.status)"
                out += "<tr><td><code>\(escape(call.path))</code><br><small>\(escape(call.body))</small></td>"
                out += "<td class=\"tight\">\(status)</td><td><small>\(escape(call.answer))</small></td></tr>"
            }
            out += "</table>"
        }
        if !result.console.isEmpty {
            out += "<h4>Console</h4><pre>" + escape(result.console.map { "[\($0.level)] \($0.text)" }
                .joined(separator: "\n")) + "</pre>"
        }
        return out + "</details>\n"
    }

    /// Wraps every occurrence of each shown number in a highlight, wherever it stands in text, never inside
    /// a tag (so `href="tel:…"` and other attributes stay as they are).
    static func highlight(_ html: String, numbers: [String]) -> String {
        // Longest first, so a number inside a longer one is not marked twice.
        let wanted = Set(numbers.filter { !$0.isEmpty }.map(escape)).sorted { $0.count > $1.count }
        guard !wanted.isEmpty else { return html }
        var out = ""
        var rest = Substring(html)
        while !rest.isEmpty {
            let textEnd = rest.firstIndex(of: "<") ?? rest.endIndex
            out += mark(String(rest[..<textEnd]), wanted)
            rest = rest[textEnd...]
            guard !rest.isEmpty else { break }
            let tagEnd = rest.firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
            out += rest[..<tagEnd]
            rest = rest[tagEnd...]
        }
        return out
    }

    /// Marks the numbers in one run of text.
    private static func mark(_ text: String, _ numbers: [String]) -> String {
        var out = "", rest = Substring(text)
        search: while !rest.isEmpty {
            for number in numbers where rest.hasPrefix(number) {
                out += "<mark>" + number + "</mark>"
                rest = rest.dropFirst(number.count)
                continue search
            }
            out.append(rest.removeFirst())
        }
        return out
    }

    /// The page without its scripts, so the report shows it without running anything.
    static func stripScripts(_ html: String) -> String {
        html.replacingOccurrences(of: "<script[^>]*>[\\s\\S]*?</script>", with: "", options: .regularExpression)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
