import ArgumentParser
import Foundation
import Scenarios

/// `dni run`: one visit of one page in the harness, told step by step.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Visit one page in the harness and tell what the client did: source, requests, replacements, cookies, console, final HTML.")

    @Argument(help: "The page's HTML file.")
    var page: String

    @Option(help: "The URL the page is served at (query and referrer drive detection).")
    var url: String

    @Option(help: "document.referrer of the visit.")
    var referrer: String = ""

    @Option(help: "A customer config: its generated snippet is pasted into the page.")
    var config: String?

    @Option(help: "A page script run after the library build (instead of --config).")
    var script: String?

    @Option(help: "The mock API's account file (default: examples/account.yaml).")
    var account: String = "examples/account.yaml"

    @Flag(help: "Print the trace as JSON.")
    var json = false

    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        if config != nil && script != nil { throw ValidationError("give --config or --script, not both") }
    }

    func run() throws {
        guard let html = try? String(contentsOfFile: page, encoding: .utf8) else {
            throw ValidationError("cannot read page file \(page)")
        }
        let build: BuildSpec
        if let config {
            build = .config(URL(fileURLWithPath: config).standardizedFileURL.path)
        } else if let script {
            guard let text = try? String(contentsOfFile: script, encoding: .utf8) else {
                throw ValidationError("cannot read script file \(script)")
            }
            build = .library(script: text)
        } else {
            build = .library(script: "")
        }
        let tracer = VisitTracer(builds: try BuildCache(), limits: limitOptions.limits)
        let trace = try tracer.trace(html: html, url: url, referrer: referrer, build: build,
                                     account: .file(URL(fileURLWithPath: account).standardizedFileURL.path))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(trace), as: UTF8.self))
        } else {
            print(trace.story)
        }
    }
}
