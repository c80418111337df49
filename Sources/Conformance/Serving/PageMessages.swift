import Browser

/// The harness's request and answer types, named apart from Hummingbird's `HTTPRequest`.
typealias PageRequest = HTTPRequest
typealias PageResponse = HTTPResponse
