import Foundation
import Hummingbird

/// Writes one readable line per request:
///
///     12:04:31.207Z POST /dni/fetch -> 200 (0.41 ms, 57 B) origin=http://localhost:3000
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let log: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            log(line(request, status: "\(status)", size: nil, since: started))
            throw error
        }
        log(line(request, status: "\(response.status.code)", size: response.body.contentLength, since: started))
        return response
    }

    private func line(_ request: Request, status: String, size: Int?, since started: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - started
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        var text = "\(Self.timeOfDay()) \(request.method.rawValue) \(request.uri) -> \(status) ("
        text += String(format: "%.2f ms", ms)
        if let size { text += ", \(size) B" }
        text += ")"
        if let origin = request.headers[.origin] { text += " origin=\(origin)" }
        return text
    }

    /// The current UTC time of day as `HH:MM:SS.mmmZ`.
    static func timeOfDay() -> String {
        let now = Date().timeIntervalSince1970
        let millis = Int((now * 1000).truncatingRemainder(dividingBy: 86_400_000))
        let (h, m, s, ms) = (millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000)
        return String(format: "%02d:%02d:%02d.%03dZ", h, m, s, ms)
    }
}
