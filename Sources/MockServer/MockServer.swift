import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import MockAPI
import NIOConcurrencyHelpers
import NIOCore

/// The DNI API over HTTP: a ``DNIService`` behind Hummingbird, with CORS, a request log and
/// optional static pages.
///
///     let server = MockServer(service: service, options: .init(port: 8080, pagesDirectory: "examples"))
///     try await server.run { port in print("listening on \(port)") }
public struct MockServer: Sendable {
    /// How the server listens and behaves.
    public struct Options: Sendable {
        /// The address to bind; loopback by default so nothing outside the machine can reach it.
        public var host: String
        /// The port; `0` picks a free one, reported to `onRunning`.
        public var port: Int
        /// A folder served for `GET`s that are not API routes, or `nil` for none.
        public var pagesDirectory: String?
        /// Seconds a `hang` fault holds the connection before answering `504` and closing.
        public var hangSeconds: Double
        /// Whether each request is logged.
        public var logRequests: Bool
        /// Seconds a connection has to send a request's head (from opening, or from the previous answer).
        public var headerSeconds: Double
        /// Seconds a request has to send its whole body after its head.
        public var bodySeconds: Double
        /// Seconds a keep-alive connection may sit idle between requests.
        public var idleSeconds: Double
        /// Open connections beyond this are answered 503 and closed.
        public var maxConnections: Int

        public init(
            host: String = "127.0.0.1", port: Int = 8080, pagesDirectory: String? = nil,
            hangSeconds: Double = 30, logRequests: Bool = true, headerSeconds: Double = 10,
            bodySeconds: Double = 30, idleSeconds: Double = 60, maxConnections: Int = 4096
        ) {
            self.host = host
            self.port = port
            self.pagesDirectory = pagesDirectory
            self.hangSeconds = hangSeconds
            self.logRequests = logRequests
            self.headerSeconds = headerSeconds
            self.bodySeconds = bodySeconds
            self.idleSeconds = idleSeconds
            self.maxConnections = maxConnections
        }
    }

    public let service: DNIService
    public let options: Options
    let log: @Sendable (String) -> Void

    /// - Parameter log: Receives one line per request (and nothing else).
    public init(service: DNIService, options: Options, log: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.service = service
        self.options = options
        self.log = log
    }

    /// Builds the Hummingbird application; `onRunning` receives the bound port once listening.
    public func makeApplication(
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let counter = ConnectionGuard.Counter(limit: options.maxConnections)
        let (header, body) = (options.headerSeconds, options.bodySeconds)
        let http = HTTP1Channel.Configuration(
            additionalChannelHandlers: [ConnectionGuard(counter: counter, headerSeconds: header, bodySeconds: body)],
            idleTimeout: .nanoseconds(Int64(options.idleSeconds * 1e9)))
        return Application(
            responder: makeResponder(),
            server: .http1(configuration: http),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: Self.quietLogger)
    }

    /// Framework logging is kept to warnings: the request log is the server's voice.
    static var quietLogger: Logger {
        var logger = Logger(label: "dni-serve")
        logger.logLevel = .warning
        return logger
    }

    /// Raises the process's open-file limit to its hard limit and returns the connection cap that fits
    /// under it (keeping room for files, logs and the listening socket), so running out of descriptors
    /// is a polite 503, never a failed `accept`.
    public static func connectionCap(wanted: Int) -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return wanted }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        let room = Int(min(limit.rlim_cur, rlim_t(Int.max))) - 256
        return max(1, min(wanted, room))
    }

    /// Serves until the task is cancelled or the process gets SIGINT/SIGTERM.
    ///
    /// - Throws: ``ListenError`` when the address cannot be listened on (port in use, not allowed, not local).
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let listening = NIOLockedValueBox(false)
        do {
            try await makeApplication(onRunning: { port in
                listening.withLockedValue { $0 = true }
                await onRunning(port)
            }).runService()
        } catch {
            let started = listening.withLockedValue { $0 }
            if !started, let failure = ListenError(error, host: options.host, port: options.port) { throw failure }
            throw error
        }
    }

    /// The responder chain: request log, then CORS, then static pages, then the API.
    func makeResponder() -> CallbackResponder<BasicRequestContext> {
        let api = APIResponder(service: service, hangSeconds: options.hangSeconds)
        let pages = options.pagesDirectory.map { StaticFiles<BasicRequestContext>(directory: $0) }
        let cors = CrossOriginMiddleware<BasicRequestContext>()
        let requestLog = options.logRequests ? RequestLogMiddleware<BasicRequestContext>(log: log) : nil
        @Sendable func inner(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
            try await cors.handle(request, context: context) { request, context in
                if let pages { return try await pages.handle(request, context: context, next: api.respond) }
                return try await api.respond(to: request, context: context)
            }
        }
        return CallbackResponder { request, context in
            if let requestLog { return try await requestLog.handle(request, context: context, next: inner) }
            return try await inner(request, context)
        }
    }
}
