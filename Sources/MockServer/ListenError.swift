import Foundation
import NIOCore

/// The server could not start listening: the port is taken or not allowed, or the host is not an address of
/// this machine. Thrown by ``MockServer/run(onRunning:)`` in place of the socket layer's error.
public struct ListenError: Error, CustomStringConvertible, Sendable {
    /// Why listening failed.
    public enum Reason: Sendable, Equatable {
        /// Another process listens on the port (`EADDRINUSE`).
        case portInUse
        /// The port needs privileges this process lacks, usually a port below 1024 (`EACCES`).
        case permissionDenied
        /// The host is not an address of this machine (`EADDRNOTAVAIL`).
        case notLocalAddress
        /// The host name does not resolve.
        case unknownHost
    }

    public var host: String
    public var port: Int
    public var reason: Reason

    public init(host: String, port: Int, reason: Reason) {
        self.host = host
        self.port = port
        self.reason = reason
    }

    /// The listen error for an error thrown while binding, or `nil` when it is about something else.
    init?(_ error: Error, host: String, port: Int) {
        if error is SocketAddressError.UnknownHost {
            self.init(host: host, port: port, reason: .unknownHost)
            return
        }
        guard let error = error as? IOError else { return nil }
        switch error.errnoCode {
        case EADDRINUSE: self.init(host: host, port: port, reason: .portInUse)
        case EACCES, EPERM: self.init(host: host, port: port, reason: .permissionDenied)
        case EADDRNOTAVAIL: self.init(host: host, port: port, reason: .notLocalAddress)
        default: return nil
        }
    }

    public var description: String {
        switch reason {
        case .portInUse: return "port \(port) on \(host) is already in use"
        case .permissionDenied: return "no permission to listen on port \(port) on \(host)"
        case .notLocalAddress: return "\(host) is not an address of this machine"
        case .unknownHost: return "the host name \(host) does not resolve"
        }
    }
}
