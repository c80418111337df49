import Foundation
import HTTPTypes
import Hummingbird
import MockAPI

/// Hands HTTP requests to the ``DNIService`` and delivers its answers, late or never when a fault says so.
struct APIResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let service: DNIService
    let hangSeconds: Double

    func respond(to request: Request, context: Context) async throws -> Response {
        let limit = DNIService.maxBodyBytes
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            return Self.response(.error(413, "request body is larger than \(limit) bytes"))
        }
        // Read at most one byte past the limit, so a huge body is refused without buffering it all.
        var buffer = ByteBuffer()
        for try await chunk in request.body {
            if buffer.readableBytes + chunk.readableBytes > limit {
                return Self.response(.error(413, "request body is larger than \(limit) bytes"))
            }
            buffer.writeImmutableBuffer(chunk)
        }
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        let apiRequest = APIRequest(
            method: request.method.rawValue, path: request.uri.path, headers: headers,
            body: Data(buffer.readableBytesView))

        let answer = service.handle(apiRequest)
        if answer.hang {
            // Hold the connection as a hung server would, then give up and close it.
            try? await Task.sleep(for: .seconds(hangSeconds))
            var response = Self.response(.error(504, "the server hung for \(hangSeconds) s"))
            response.headers[.connection] = "close"
            return response
        }
        if answer.delayMs > 0 {
            try await Task.sleep(for: .milliseconds(answer.delayMs))
        }
        return Self.response(answer)
    }

    /// Converts an API answer to a Hummingbird response.
    static func response(_ answer: APIResponse) -> Response {
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let fieldName = HTTPField.Name(name) { fields[fieldName] = value }
        }
        fields[.contentLength] = String(answer.body.count)
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}
