import Foundation
import Testing
@testable import Generator

@Suite("Output writer")
struct OutputWriterTests {
    func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("dni-gen-test-\(UUID().uuidString)")
    }

    @Test func writesEveryFileAndNoStagingFolder() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let build = try Fixture.generator().customer(Fixture.config(Fixture.yaml("on_load: {per_source: {filters: {m: detect}}}")))
        try OutputWriter.write(build.files, to: directory)
        for file in build.files {
            #expect(try String(contentsOf: directory.appendingPathComponent(file.path), encoding: .utf8) == file.contents)
        }
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(entries == ["dni.js", "gtm.html", "snippet.html", "wordpress"])
    }

    @Test func replacesOlderOutputs() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try OutputWriter.write([GeneratedFile(path: "dni.js", contents: "old")], to: directory)
        try OutputWriter.write([GeneratedFile(path: "dni.js", contents: "new")], to: directory)
        #expect(try String(contentsOf: directory.appendingPathComponent("dni.js"), encoding: .utf8) == "new")
    }

    @Test func failedStagingLeavesNothing() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try OutputWriter.write([GeneratedFile(path: "keep.txt", contents: "old")], to: directory)
        // `a.txt` cannot be both a file and a folder: staging fails before anything is moved.
        #expect(throws: GeneratorError.self) {
            try OutputWriter.write([GeneratedFile(path: "a.txt", contents: "a"), GeneratedFile(path: "a.txt/inner", contents: "b")], to: directory)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["keep.txt"])
    }
}
