import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTLS
import Logging
import NIOSSL

/// The HTTPS server behind Chromium runs: every host maps to it, and it answers exactly as the harness's
/// virtual network does (`ScenarioNetwork`: pages, the build, the mock DNI API).
///
/// One server serves one scenario at a time; `handler` is swapped between scenarios.
public final class ScenarioServer: @unchecked Sendable {
    /// Answers one request; nil means nobody handles it (404, and recorded as unhandled).
    typealias Handler = @Sendable (PageRequest) -> PageResponse?

    private let lock = NSLock()
    private var handler: Handler = { _ in nil }
    /// The scenario's clock in seconds since 1970: real time, plus the virtual time its page has been given.
    private var now: @Sendable () -> Double = { Date().timeIntervalSince1970 }
    private var task: Task<Void, Error>?
    private let certificate: TestCertificate
    /// Requests nobody handled, for the scenario's failures.
    private var unhandled: [String] = []
    /// Origins that served a page in this scenario: requests from them must all be answered.
    private var pageOrigins: Set<String> = []
    public private(set) var port = 0

    /// Starts listening on 127.0.0.1 on a free port.
    public init() throws {
        certificate = try TestCertificate.make()
        let tls = try TLSConfiguration.makeServerConfiguration(
            certificateChain: NIOSSLCertificate.fromPEMFile(certificate.certificatePath).map { .certificate($0) },
            privateKey: .privateKey(NIOSSLPrivateKey(file: certificate.keyPath, format: .pem)))
        let ready = DispatchSemaphore(value: 0)
        let box = PortBox()
        let responder = CallbackResponder<BasicRequestContext> { [self] request, _ in
            try await self.respond(to: request)
        }
        var logger = Logger(label: "dni-chromium-server")
        logger.logLevel = .critical
        let app = Application(
            responder: responder,
            server: try .tls(.http1(), tlsConfiguration: tls),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                box.port = channel.localAddress?.port ?? 0
                ready.signal()
            },
            logger: logger)
        task = Task { try await app.runService(gracefulShutdownSignals: []) }
        if ready.wait(timeout: .now() + 20) == .timedOut {
            throw ChromiumSetupError("the scenario server did not start")
        }
        port = box.port
    }

    deinit { stop() }

    public func stop() {
        task?.cancel()
        task = nil
        certificate.remove()
    }

    /// Serves `handler` from now on and forgets earlier unhandled requests. A slowed answer is due `delayMs`
    /// after its request on `now`, the scenario's clock, so virtual time given to the page brings it sooner.
    func serve(_ handler: @escaping Handler, now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        lock.withLock {
            self.handler = handler
            self.now = now
            unhandled.removeAll()
            pageOrigins.removeAll()
        }
    }

    /// Requests nobody handled since the last `serve`.
    public func takeUnhandled() -> [String] { lock.withLock { unhandled } }

    private func respond(to request: Request) async throws -> Response {
        let origin = request.headers[.origin]
        // Preflights are the browser's own business; the harness has none, so they are not logged.
        if request.method == .options {
            return Response(status: .noContent, headers: Self.cors(origin, preflight: true))
        }
        let host = request.head.authority ?? "localhost"
        let url = "https://\(host.split(separator: ":").first.map(String.init) ?? host)\(request.uri.description)"
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        let body = try await request.body.collect(upTo: 4 << 20)
        let kind: PageRequest.Kind = request.method == .get ? (url.hasSuffix(".js") ? .script : .document) : .xhr
        let incoming = PageRequest(id: 0, kind: kind, method: request.method.rawValue, url: url, headers: headers,
                                   body: String(buffer: body), time: Date().timeIntervalSince1970 * 1000,
                                   pageURL: headers["referer"] ?? "")
        let current = lock.withLock { handler }
        guard let answer = current(incoming) else {
            // Chromium's own traffic (favicons, account checks) does not come from a scenario page; only pages'
            // requests count.
            let source = headers["referer"] ?? origin ?? ""
            let fromPage = lock.withLock { pageOrigins.contains { source.hasPrefix($0) } }
            if fromPage && request.uri.path != "/favicon.ico" {
                lock.withLock { unhandled.append("\(request.method.rawValue) \(url)") }
            }
            return Response(status: .notFound, headers: Self.cors(origin, preflight: false))
        }
        if kind == .document, answer.status == 200 {
            let pageOrigin = "https://" + (host.split(separator: ":").first.map(String.init) ?? host)
            lock.withLock { _ = pageOrigins.insert(pageOrigin) }
        }
        if answer.networkError {
            // A body that fails before its first byte: the connection closes mid-response (at most the head has
            // gone out), which the page sees as a network error: fetch or reading its body rejects with a
            // TypeError. The request still reached the server, so it is counted as in the harness.
            return Response(status: .ok, headers: Self.cors(origin, preflight: false),
                            body: ResponseBody { _ in throw CancellationError() })
        }
        if answer.hang {
            // Hold the request well past any client timeout; the client gives up first.
            try? await Task.sleep(for: .seconds(15))
            return Response(status: .gatewayTimeout, headers: Self.cors(origin, preflight: false))
        }
        if answer.delayMs > 0 {
            // Due on the scenario's clock; the clock never runs slower than real time, so the real delay bounds it.
            let clock = lock.withLock { now }
            let due = clock() + answer.delayMs / 1000
            let latest = Date().addingTimeInterval(answer.delayMs / 1000)
            while clock() < due, Date() < latest { try? await Task.sleep(for: .milliseconds(10)) }
        }
        var fields = Self.cors(origin, preflight: false)
        // Repeated headers (Set-Cookie) travel joined by newlines: each goes out as its own field.
        for (name, value) in answer.headers {
            guard let field = HTTPField.Name(name) else { continue }
            fields[field] = nil
            for line in value.split(separator: "\n") { fields.append(HTTPField(name: field, value: String(line))) }
        }
        return Response(status: .init(code: answer.status), headers: fields,
                        body: .init(byteBuffer: ByteBuffer(string: answer.body)))
    }

    static func cors(_ origin: String?, preflight: Bool) -> HTTPFields {
        var fields = HTTPFields()
        fields[.accessControlAllowOrigin] = origin ?? "*"
        if preflight {
            fields[.accessControlAllowMethods] = "GET, POST, OPTIONS"
            fields[.accessControlAllowHeaders] = "content-type"
            fields[.accessControlMaxAge] = "600"
        }
        return fields
    }
}

/// The bound port, written once by the server's start callback.
private final class PortBox: @unchecked Sendable {
    var port = 0
}
