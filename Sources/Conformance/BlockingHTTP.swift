import Foundation
#if canImport(Glibc)
import Glibc
private let systemConnect = Glibc.connect
private let systemSend = Glibc.send
#elseif canImport(Darwin)
import Darwin
private let systemConnect = Darwin.connect
private let systemSend = Darwin.send
#endif

/// A minimal blocking HTTP/1.1 client for a driver on the loopback interface.
///
/// Why not `URLSession`: FoundationNetworking in Swift 6.3 on Linux rejects header lines
/// without a space after the colon (`Content-Length:250`), which is exactly what chromedriver
/// sends (fixed upstream in swift-corelibs-foundation PR 5527, after 6.3.1). WebDriver commands
/// are strictly sequential and local, so one connection per command with `Connection: close`
/// is plenty.
struct BlockingHTTP: Sendable {
    /// What came back: status and body.
    struct Answer: Sendable {
        var status: Int
        var body: Data
    }

    /// Sends one request and waits for its answer; throws `WebDriverError` with code `transport` on failure.
    func send(method: String, url: URL, body: Data?, timeout: TimeInterval) throws -> Answer {
        guard let host = url.host, let port = url.port else { throw failure("URL needs host and port: \(url)") }
        let address = host == "localhost" ? "127.0.0.1" : host
        let fd = try connect(to: address, port: port, timeout: timeout)
        defer { close(fd) }
        var target = url.path.isEmpty ? "/" : url.path
        if let query = url.query { target += "?\(query)" }
        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(address):\(port)\r\nConnection: close\r\n"
        head += "Accept: application/json\r\n"
        if let body {
            head += "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n"
        }
        try write(Data((head + "\r\n").utf8) + (body ?? Data()), to: fd)
        return try readAnswer(from: fd)
    }

    private func connect(to host: String, port: Int, timeout: TimeInterval) throws -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw failure("cannot open a socket") }
        let seconds = max(timeout, 0.1)
        var limit = timeval(tv_sec: Int(seconds), tv_usec: .init((seconds - seconds.rounded(.down)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            close(fd)
            throw failure("only IPv4 addresses are supported, not \(host)")
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                systemConnect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            throw failure("cannot connect to \(host):\(port) (errno \(errno))")
        }
        return fd
    }

    private func write(_ data: Data, to fd: Int32) throws {
        try data.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let count = systemSend(fd, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                // A signal (a child process ending, say) interrupts the call; it is not an error.
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { throw failure("cannot send the request (errno \(errno))") }
                sent += count
            }
        }
    }

    /// Reads one answer: the head, then `Content-Length` bytes, a chunked body, or up to the close.
    ///
    /// chromedriver keeps the connection open despite `Connection: close`, so the length decides.
    private func readAnswer(from fd: Int32) throws -> Answer {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let separator = Data("\r\n\r\n".utf8)
        var headEnd: Range<Data.Index>?
        var head: [String] = []
        while true {
            if headEnd == nil, let found = received.range(of: separator) {
                headEnd = found
                head = String(decoding: received[..<found.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
            }
            if let headEnd {
                let body = received[headEnd.upperBound...]
                if let length = headerValue("content-length", in: head).flatMap(Int.init), body.count >= length {
                    return try answer(head: head, body: Data(body.prefix(length)))
                }
                if headerValue("transfer-encoding", in: head)?.lowercased().contains("chunked") == true,
                   body.range(of: Data("0\r\n\r\n".utf8)) != nil, let decoded = try? dechunk(Data(body)) {
                    return try answer(head: head, body: decoded)
                }
            }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count < 0 && errno == EINTR { continue }
            if count == 0 {
                guard let headEnd else { throw failure("connection closed before an answer") }
                return try answer(head: head, body: Data(received[headEnd.upperBound...]))
            }
            guard count > 0 else { throw failure("no answer in time (errno \(errno))") }
            received.append(contentsOf: buffer[0..<count])
        }
    }

    private func headerValue(_ name: String, in head: [String]) -> String? {
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), line[..<colon].lowercased() == name else { continue }
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    private func answer(head: [String], body: Data) throws -> Answer {
        let statusParts = head.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw failure("bad status line: \(head.first ?? "")")
        }
        return Answer(status: status, body: body)
    }

    private func dechunk(_ data: Data) throws -> Data {
        var output = Data()
        var rest = data[...]
        let lineEnd = Data("\r\n".utf8)
        while let range = rest.range(of: lineEnd) {
            let sizeText = String(decoding: rest[..<range.lowerBound], as: UTF8.self)
            guard let size = Int(sizeText.split(separator: ";")[0].trimmingCharacters(in: .whitespaces), radix: 16)
            else { throw failure("bad chunk size \(sizeText)") }
            if size == 0 { break }
            let start = range.upperBound
            guard rest.distance(from: start, to: rest.endIndex) >= size else { throw failure("short chunk") }
            let stop = rest.index(start, offsetBy: size)
            output.append(rest[start..<stop])
            let next = rest.index(stop, offsetBy: 2, limitedBy: rest.endIndex) ?? rest.endIndex
            rest = rest[next...]
        }
        return output
    }

    private func failure(_ message: String) -> WebDriverError {
        WebDriverError(code: "transport", message: message)
    }
}
