import ArgumentParser
import Foundation
import MockAPI
import MockServer

/// `dni serve`: the mock DNI API over HTTP, with the example pages beside it.
///
///     dni serve --port 8080 --account examples/account.yaml --pages examples
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the mock DNI API (POST /dni/fetch, POST /dni/allocate) and static pages over HTTP.",
        discussion: """
            Pool inactivity runs on the wall clock. Each request is logged on one line; \
            Ctrl-C stops the server. The account file format is described in docs/mock-api.md.
            """)

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "The address to bind. Keep loopback unless you mean to expose it.")
    var host: String = "127.0.0.1"

    @Option(help: "The account file (YAML or JSON): keys, items and pools.")
    var account: String

    @Option(help: "A folder whose files are served for GET requests, e.g. the example pages.")
    var pages: String?

    @Option(help: "Seconds a 'hang' fault holds a connection before closing it.")
    var hangSeconds: Double = 30

    @Flag(help: "Do not log each request (for load tests).")
    var quiet = false

    @Option(help: "Seconds a connection has to send a request's headers.")
    var headerTimeout: Double = 10

    @Option(help: "Seconds a request has to send its body after its headers.")
    var bodyTimeout: Double = 30

    @Option(help: "Seconds a keep-alive connection may stay idle.")
    var idleTimeout: Double = 60

    @Option(help: "Open connections beyond this are answered 503 and closed (lowered to fit the open-file limit).")
    var maxConnections: Int = 4096

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw UserError("--port \(port) is not a port", fix: "give a port from 1 to 65535, or 0 to pick a free one",
                            exitCode: UserError.usage).validation
        }
        for (name, value) in [("--header-timeout", headerTimeout), ("--body-timeout", bodyTimeout),
                              ("--idle-timeout", idleTimeout)] where !(value > 0 && value.isFinite) {
            throw UserError("\(name) \(value) is not a positive number of seconds", fix: "give seconds above 0, like 10",
                            exitCode: UserError.usage).validation
        }
        guard maxConnections > 0 else {
            throw UserError("--max-connections \(maxConnections) is below 1", fix: "give at least 1",
                            exitCode: UserError.usage).validation
        }
    }

    func run() async throws {
        if let pages {
            try InputFile(pages, role: "pages folder", option: "--pages",
                          fix: "give a folder of pages to serve, like examples").checkFolder()
        }
        let accountFile = InputFile.account(account)
        try accountFile.check()
        let loaded = try Account.load(contentsOf: URL(fileURLWithPath: accountFile.path))
        setvbuf(stdout, nil, _IOLBF, 0)  // one log line at a time, even through a pipe
        let service = DNIService(account: loaded, now: { Date().timeIntervalSince1970 })
        let server = MockServer(
            service: service,
            options: .init(host: host, port: port, pagesDirectory: pages, hangSeconds: hangSeconds, logRequests: !quiet,
                           headerSeconds: headerTimeout, bodySeconds: bodyTimeout, idleSeconds: idleTimeout,
                           maxConnections: MockServer.connectionCap(wanted: maxConnections)))
        let summary = "\(loaded.items.count) items, \(loaded.pools.count) pools"
        let pagesNote = pages.map { ", pages from \($0)" } ?? ""
        let (host, accountPath) = (self.host, account)
        try await server.run { boundPort in
            print("dni serve: listening on http://\(host):\(boundPort)/ (account \(accountPath): \(summary)\(pagesNote))")
        }
    }
}
