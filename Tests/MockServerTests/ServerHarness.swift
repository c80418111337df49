import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import Logging
import MockAPI
import ServiceLifecycle
@testable import MockServer

/// A live `MockServer` on an ephemeral loopback port, and a small client for it.
struct ServerHarness: Sendable {
    let port: Int
    let service: DNIService
    let logLines: LineLog

    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Starts a server for the example account, runs `body` against it, then stops it.
    static func with(
        pages: String? = nil, hangSeconds: Double = 0.2,
        _ body: @Sendable (ServerHarness) async throws -> Void
    ) async throws {
        let account = try Account.load(contentsOf: repoRoot.appendingPathComponent("examples/account.yaml"))
        let service = DNIService(account: account, now: { Date().timeIntervalSince1970 })
        let lines = LineLog()
        let server = MockServer(
            service: service,
            options: .init(port: 0, pagesDirectory: pages, hangSeconds: hangSeconds),
            log: { lines.append($0) })
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = server.makeApplication { continuation.yield($0) }
        // A graceful shutdown (not cancellation) lets the server close its connections quietly.
        let services = ServiceGroup(configuration: .init(services: [app], logger: Logger(label: "harness")))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw HarnessError.notStarted }
            let outcome = await Result {
                try await body(ServerHarness(port: port, service: service, logLines: lines))
            }
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
            try outcome.get()
        }
    }

    /// Sends one request and returns status, headers (lower-cased names) and body.
    func send(
        _ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:], timeout: Double = 10
    ) async throws -> HTTPAnswer {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.timeoutInterval = timeout
        request.httpBody = body
        if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name.lowercased()] = value }
        }
        return HTTPAnswer(status: http.statusCode, headers: fields, body: data)
    }

    /// POSTs a JSON text.
    func post(_ path: String, _ json: String, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        try await send("POST", path, body: Data(json.utf8), headers: headers)
    }
}

struct HTTPAnswer: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    var json: Any? { try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) }
    var errorMessage: String? { (json as? [String: Any])?["error"] as? String }
    var text: String { String(decoding: body, as: UTF8.self) }
}

enum HarnessError: Error { case notStarted }

extension Result where Failure == any Error {
    /// Captures the outcome of async work.
    init(catching work: () async throws -> Success) async {
        do { self = .success(try await work()) } catch { self = .failure(error) }
    }
}

/// Request-log lines collected from the server's threads.
final class LineLog: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []

    func append(_ line: String) {
        lock.lock()
        storage.append(line)
        lock.unlock()
    }

    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

enum Bodies {
    static let keys = #""access_key": "example-access-key", "action_key": "example-action-key""#
    static let fetch = #"{\#(keys), "replacements": [{"filters": {"call_destination": "442079460001", "medium": "paid"}}, {"filters": {"call_destination": "1"}}]}"#
    static let allocate = #"{\#(keys), "allocations": [{"filters": {"pool_id": "my-pool", "call_destination": "442079460001"}, "session_key": "s1", "site_data": {"utm_source": "google"}}, {"filters": {"pool_id": "none", "call_destination": "442079460001"}, "session_key": "s1"}]}"#
}
