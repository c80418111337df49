import Hummingbird
import MockAPI

/// Lets pages on any origin call the API, and turns framework errors into JSON error bodies.
///
/// Every answer carries `Access-Control-Allow-Origin` echoing the request's `Origin` (or `*`
/// when there is none); any `OPTIONS` request is a preflight and gets `204`.
struct CrossOriginMiddleware<Context: RequestContext>: RouterMiddleware {
    static var allowedMethods: String { "POST, GET, OPTIONS" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let origin = request.headers[.origin]
        var response: Response
        if request.method == .options {
            response = Response(status: .noContent)
            response.headers[.accessControlAllowMethods] = Self.allowedMethods
            response.headers[.accessControlAllowHeaders] =
                request.headers[.accessControlRequestHeaders] ?? "Content-Type"
            response.headers[.accessControlMaxAge] = "600"
        } else {
            do {
                response = try await next(request, context)
            } catch let error as any HTTPResponseError {
                response = APIResponder.response(.error(Int(error.status.code), error.status.reasonPhrase.lowercased()))
            }
        }
        response.headers[.accessControlAllowOrigin] = origin ?? "*"
        if origin != nil {
            response.headers[.accessControlAllowCredentials] = "true"
            response.headers[.vary] = "Origin"
        }
        return response
    }
}
