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

    @Option(help: "The mock API's account file (default: examples/account.yaml, looked up from the current folder).")
    var account: String?

    @Flag(help: "Print the trace as JSON.")
    var json = false

    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        if config != nil && script != nil {
            throw UserError("--config and --script both given", fix: "give --config FILE for a customer's build, "
                            + "or --script FILE to run a script after the plain library", exitCode: UserError.usage).validation
        }
        try URLOption.checkPage(url)
        try URLOption.checkReferrer(referrer)
    }

    func run() throws {
        let html = try InputFile(page, role: "page file", fix: "give the path of the page's HTML file (UTF-8 text)").text()
        let build: BuildSpec
        if let config {
            let file = InputFile(config, role: "config file", option: "--config",
                                 fix: "give the path of a customer config, like examples/customer.yaml")
            try file.check()
            build = .config(file.absolutePath)
        } else if let script {
            build = .library(script: try InputFile(script, role: "script file", option: "--script",
                                                   fix: "give the path of a JavaScript file").text())
        } else {
            build = .library(script: "")
        }
        let accountFile = InputFile.account(account)
        try accountFile.check()
        let tracer = VisitTracer(builds: try BuildCache(), limits: limitOptions.limits)
        let trace = try tracer.trace(html: html, url: url, referrer: referrer, build: build,
                                     account: .file(accountFile.absolutePath))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(trace), as: UTF8.self))
        } else {
            print(trace.story)
        }
    }
}
