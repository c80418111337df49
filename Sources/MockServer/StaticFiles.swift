import Foundation
import HTTPTypes
import Hummingbird

/// Serves files from one folder for `GET` and `HEAD`, and nothing outside it.
///
/// A request path is refused (`400`) when it carries a NUL, a backslash, an encoded `/` or `\`, or a `..`
/// segment; a file is served only when its real path (symlinks resolved) lies inside the folder's real
/// path, so a link to `/etc/passwd` is not followed. Each answer has a content type from the file's
/// extension and `X-Content-Type-Options: nosniff`. Paths with no file go to `next` (the API).
struct StaticFiles<Context: RequestContext>: RouterMiddleware {
    /// The folder's real path, without a trailing slash.
    let root: String
    /// Files larger than this are not served (a mock server's pages are small).
    static var maxFileBytes: Int { 32 << 20 }

    init(directory: String) {
        let resolved = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath().path
        root = resolved.count > 1 && resolved.hasSuffix("/") ? String(resolved.dropLast()) : resolved
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else { return try await next(request, context) }
        let path: String
        switch Self.safePath(request.uri.path) {
        case .refused(let why): return APIResponder.response(.error(400, "bad path: \(why)"))
        case .path(let decoded): path = decoded
        }
        guard let file = file(for: path), let data = FileManager.default.contents(atPath: file) else {
            return try await next(request, context)
        }
        var headers = HTTPFields()
        headers[.contentType] = Self.contentType(of: file)
        headers[.contentLength] = String(data.count)
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        return Response(status: .ok, headers: headers, body: body)
    }

    /// A request path checked and percent-decoded, or why it is refused.
    enum Checked: Equatable {
        case path(String)
        case refused(String)
    }

    static func safePath(_ raw: String) -> Checked {
        let lower = raw.lowercased()
        for encoded in ["%00", "%2f", "%5c"] where lower.contains(encoded) {
            return .refused("encoded \(encoded) is not allowed")
        }
        if raw.contains("\\") { return .refused("backslash is not allowed") }
        guard let decoded = raw.removingPercentEncoding else { return .refused("invalid percent-encoding") }
        if decoded.contains("\0") { return .refused("NUL is not allowed") }
        if decoded.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            return .refused("'..' is not allowed")
        }
        return .path(decoded)
    }

    /// The regular file a decoded path names inside the root (a folder means its `index.html`), if any.
    func file(for path: String) -> String? {
        var candidate = root + (path.hasPrefix("/") ? path : "/" + path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue { candidate += candidate.hasSuffix("/") ? "index.html" : "/index.html" }
        let real = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
        guard real.hasPrefix(root + "/") else { return nil }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: real),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = attributes[.size] as? Int, size <= Self.maxFileBytes else { return nil }
        return real
    }

    /// Content types by lower-case file extension.
    static var types: [String: String] { [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "css": "text/css; charset=utf-8", "json": "application/json", "txt": "text/plain; charset=utf-8",
        "yaml": "text/plain; charset=utf-8", "yml": "text/plain; charset=utf-8", "svg": "image/svg+xml",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "ico": "image/x-icon", "woff2": "font/woff2", "xml": "application/xml", "map": "application/json",
    ] }

    /// The content type for a file's extension; unknown ones are `application/octet-stream`.
    static func contentType(of file: String) -> String {
        types[(file as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
    }
}
