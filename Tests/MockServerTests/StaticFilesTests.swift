import Foundation
import Hummingbird
import Testing
@testable import MockServer

@Suite("Static files stay inside --pages")
struct StaticFilesTests {
    typealias Files = StaticFiles<BasicRequestContext>

    @Test func hostilePathsAreRefused() {
        for raw in ["/index.html%00.js", "/..%2fetc%2fpasswd", "/a%2F..", "/a%5c..%5cb", "/a\\b", "/../etc/passwd",
                    "/%2e%2e/etc/passwd", "/x/%2E%2E/%2E%2E/y", "/%zz"] {
            guard case .refused = Files.safePath(raw) else {
                Issue.record("\(raw) was accepted")
                continue
            }
        }
        #expect(Files.safePath("/pages/a%20b.html") == .path("/pages/a b.html"))
        #expect(Files.safePath("/") == .path("/"))
    }

    @Test func symlinksOutOfTheFolderAreNotFollowed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dni-static-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("<p>hi</p>".utf8).write(to: root.appendingPathComponent("sub/index.html"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("out").path,
                                                   withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("in").path,
                                                   withDestinationPath: root.appendingPathComponent("sub").path)
        let files = Files(directory: root.path)
        #expect(files.file(for: "/out") == nil)
        #expect(files.file(for: "/sub")?.hasSuffix("/sub/index.html") == true)
        #expect(files.file(for: "/in/index.html")?.hasSuffix("/sub/index.html") == true, "a link inside is fine")
        #expect(files.file(for: "/missing.html") == nil)
    }

    @Test func contentTypesComeFromTheExtension() {
        #expect(Files.contentType(of: "a.js") == "text/javascript; charset=utf-8")
        #expect(Files.contentType(of: "a.HTML") == "text/html; charset=utf-8")
        #expect(Files.contentType(of: "a.exe") == "application/octet-stream")
        #expect(Files.contentType(of: "noextension") == "application/octet-stream")
    }
}
