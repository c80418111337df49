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

    @Test func leavesNoStagingBesideTheTarget() throws {
        let parent = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let directory = parent.appendingPathComponent("out")
        try OutputWriter.write([GeneratedFile(path: "dni.js", contents: "one")], to: directory)
        try OutputWriter.write([GeneratedFile(path: "dni.js", contents: "two")], to: directory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"])
    }

    @Test func keepsFilesTheBuildDoesNotWrite() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try OutputWriter.write([GeneratedFile(path: "notes/readme.txt", contents: "mine"),
                                GeneratedFile(path: "wordpress/old.php", contents: "old")], to: directory)
        try OutputWriter.write([GeneratedFile(path: "wordpress/new.php", contents: "new")], to: directory)
        let read = { (path: String) in try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8) }
        #expect(try read("notes/readme.txt") == "mine")
        #expect(try read("wordpress/old.php") == "old")
        #expect(try read("wordpress/new.php") == "new")
    }

    @Test func failedSwapLeavesThePreviousSetUntouched() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let old = [GeneratedFile(path: "dni.js", contents: "old js"), GeneratedFile(path: "wordpress/p.php", contents: "old php")]
        try OutputWriter.write(old, to: directory)
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try OutputWriter.write([GeneratedFile(path: "dni.js", contents: "new js"),
                                    GeneratedFile(path: "wordpress/p.php", contents: "new php")],
                                   to: directory, beforeSwap: { throw Interrupted() })
        }
        for file in old {
            #expect(try String(contentsOf: directory.appendingPathComponent(file.path), encoding: .utf8) == file.contents)
        }
        let parent = directory.deletingLastPathComponent()
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent.path)
            .filter { $0.hasPrefix(".\(directory.lastPathComponent).dni-") }
        #expect(leftovers.isEmpty)
    }

    @Test func errorNamesTheFileThatCouldNotBeWritten() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            try OutputWriter.write([GeneratedFile(path: "a.txt", contents: "a"), GeneratedFile(path: "a.txt/inner", contents: "b")],
                                   to: directory)
            Issue.record("expected an error")
        } catch let error as GeneratorError {
            #expect(String(describing: error).contains("a.txt/inner"))
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path))
    }
}
