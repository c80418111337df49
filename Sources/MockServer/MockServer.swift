import Foundation
import Hummingbird
import Logging
import MockAPI

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

        public init(
            host: String = "127.0.0.1", port: Int = 8080, pagesDirectory: String? = nil,
            hangSeconds: Double = 30, logRequests: Bool = true
        ) {
            self.host = host
            self.port = port
            self.pagesDirectory = pagesDirectory
            self.hangSeconds = hangSeconds
            self.logRequests = logRequests
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
        Application(
            responder: makeResponder(),
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

    /// Serves until the task is cancelled or the process gets SIGINT/SIGTERM.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await makeApplication(onRunning: onRunning).runService()
    }

    /// The responder chain: request log, then CORS, then static pages, then the API.
    func makeResponder() -> CallbackResponder<BasicRequestContext> {
        let api = APIResponder(service: service, hangSeconds: options.hangSeconds)
        let pages = options.pagesDirectory.map {
            FileMiddleware<BasicRequestContext, LocalFileSystem>($0, searchForIndexHtml: true, logger: Self.quietLogger)
                .withServeOnNotFoundResponse()
        }
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
