import HTTPTypes
import HummingbirdCore
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTPTypes

/// Per-connection protection: a cap on open connections, and deadlines for reading a request.
///
/// One handler sits in every connection's pipeline, after the HTTP decoder:
/// - a connection over the cap is answered `503 Service Unavailable` with `Retry-After` and closed, so a
///   flood of idle clients gets a clear answer instead of a server that stops accepting;
/// - a request head must arrive within `headerSeconds` of the connection opening (or of the previous
///   answer), and its body within `bodySeconds` of the head, or the connection is closed — a client
///   sending a byte now and then (slowloris) cannot hold a connection.
/// Idle keep-alive connections are closed by Hummingbird's own idle timeout.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// The open connections of one server, shared by every connection's handler.
    final class Counter: Sendable {
        let limit: Int
        private let count = NIOLockedValueBox(0)
        init(limit: Int) { self.limit = limit }
        /// Counts a new connection; false when that puts the server over its limit.
        func open() -> Bool { count.withLockedValue { $0 += 1; return $0 <= limit } }
        func close() { count.withLockedValue { $0 -= 1 } }
        var current: Int { count.withLockedValue { $0 } }
    }

    let counter: Counter
    let headerSeconds: Double
    let bodySeconds: Double
    private var counted = false
    /// Set for a connection over the cap: what it sends is dropped.
    private var refused = false
    private var deadline: Scheduled<Void>?

    init(counter: Counter, headerSeconds: Double, bodySeconds: Double) {
        self.counter = counter
        self.headerSeconds = headerSeconds
        self.bodySeconds = bodySeconds
    }

    func handlerAdded(context: ChannelHandlerContext) {
        counted = true
        guard counter.open() else {
            refuse(context)
            return
        }
        schedule(context, after: headerSeconds)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        release()
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        release()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if refused { return }
        switch unwrapInboundIn(data) {
        case .head: schedule(context, after: bodySeconds)
        case .body: break
        case .end:
            deadline?.cancel()
            deadline = nil
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // After an answer the next request's head has the header deadline again.
        if case .end = unwrapOutboundIn(data), context.channel.isActive { schedule(context, after: headerSeconds) }
        context.write(data, promise: promise)
    }

    private func release() {
        guard counted else { return }
        counted = false
        counter.close()
    }

    private func schedule(_ context: ChannelHandlerContext, after seconds: Double) {
        deadline?.cancel()
        let loop = context.eventLoop.assumeIsolatedUnsafeUnchecked()
        deadline = loop.scheduleTask(in: .nanoseconds(Int64(seconds * 1e9))) { [weak self] in
            self?.deadline = nil
            context.close(promise: nil)
        }
    }

    /// Answers 503 at once and closes the connection.
    private func refuse(_ context: ChannelHandlerContext) {
        var head = HTTPResponse(status: .serviceUnavailable)
        let text = "{\"error\":\"too many connections (limit \(counter.limit)); retry shortly\"}"
        head.headerFields[.contentType] = "application/json"
        head.headerFields[.contentLength] = String(text.utf8.count)
        head.headerFields[.connection] = "close"
        head.headerFields[.retryAfter] = "1"
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(context.channel.allocator.buffer(string: text))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        refused = true
        // Close our side at once but read a little longer: closing with the request unread would reset the
        // connection, and the client could lose the 503 before reading it.
        context.close(mode: .output, promise: nil)
        schedule(context, after: 1)
    }
}
