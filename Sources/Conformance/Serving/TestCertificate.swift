import Foundation

/// A throwaway self-signed certificate for the scenario server, made with the `openssl` command.
///
/// Chromium runs with `--ignore-certificate-errors`, so scenario pages keep their `https://` URLs and
/// behave as on a real site (secure context, `Secure` cookies), with nothing rewritten.
struct TestCertificate {
    let certificatePath: String
    let keyPath: String
    let folder: URL

    static func make() throws -> TestCertificate {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dni-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let cert = folder.appendingPathComponent("cert.pem").path
        let key = folder.appendingPathComponent("key.pem").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                             "-subj", "/CN=dni-scenarios", "-keyout", key, "-out", cert]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ChromiumSetupError("openssl could not make a test certificate (apt-get install openssl)")
        }
        return TestCertificate(certificatePath: cert, keyPath: key, folder: folder)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
