import Foundation
import Testing
import MockAPI
@testable import MockServer

@Suite("HTTP server", .serialized)
struct ServerTests {
    let checker = try! OpenAPIChecker(contentsOf: ServerHarness.repoRoot.appendingPathComponent("docs/openapi.yaml"))

    @Test func fetchAndAllocateConformToTheOpenAPIDocument() async throws {
        let checker = self.checker
        try await ServerHarness.with { server in
            let fetch = try await server.post("/dni/fetch", Bodies.fetch)
            #expect(fetch.status == 200)
            #expect(fetch.headers["content-type"] == "application/json")
            #expect(fetch.text == #"{"numbers":[{"number":"442079460101"},null]}"#)
            #expect(checker.problems(path: "/dni/fetch", status: 200, body: fetch.body) == [])

            let allocate = try await server.post("/dni/allocate", Bodies.allocate)
            #expect(allocate.status == 200)
            #expect(allocate.text == #"{"numbers":[{"destination_number":"442079460001","voxnumber":"442079460601"},null]}"#)
            #expect(checker.problems(path: "/dni/allocate", status: 200, body: allocate.body) == [])
            #expect(server.service.allocationLog().first?.siteData == ["utm_source": .string("google")])
        }
    }

    @Test func checkerRejectsNonConformingBodies() {
        #expect(!checker.problems(path: "/dni/fetch", status: 200, body: Data(#"{"numbers":[{"number":"+44 20"}]}"#.utf8)).isEmpty)
        #expect(!checker.problems(path: "/dni/allocate", status: 200, body: Data(#"{"numbers":[{"voxnumber":"442079460601"}]}"#.utf8)).isEmpty)
        #expect(!checker.problems(path: "/dni/fetch", status: 400, body: Data(#"{"message":"x"}"#.utf8)).isEmpty)
        #expect(!checker.problems(path: "/dni/fetch", status: 418, body: Data("{}".utf8)).isEmpty)
    }

    @Test func errorStatusesConformAndNameTheProblem() async throws {
        let checker = self.checker
        try await ServerHarness.with { server in
            let malformed = try await server.post("/dni/fetch", #"{"access_key": "#)
            #expect(malformed.status == 400)
            #expect(malformed.errorMessage?.hasPrefix("malformed JSON") == true)
            #expect(checker.problems(path: "/dni/fetch", status: 400, body: malformed.body) == [])

            let missing = try await server.post("/dni/allocate", #"{\#(Bodies.keys)}"#)
            #expect(missing.status == 400)
            #expect(missing.errorMessage == "missing field 'allocations'")

            let unauthorized = try await server.post("/dni/fetch", #"{"access_key": "x", "action_key": "y", "replacements": []}"#)
            #expect(unauthorized.status == 401)
            #expect(checker.problems(path: "/dni/fetch", status: 401, body: unauthorized.body) == [])

            let wrongMethod = try await server.send("GET", "/dni/fetch")
            #expect(wrongMethod.status == 405)
            #expect(wrongMethod.headers["allow"] == "POST")
            #expect(checker.problems(path: "/dni/fetch", status: 405, body: wrongMethod.body) == [])

            let unknown = try await server.post("/dni/other", "{}")
            #expect(unknown.status == 404)
            #expect(unknown.errorMessage == "no such endpoint: /dni/other")

            server.service.faults.add(Fault(path: "/dni/allocate", times: 1, status: 500))
            let injected = try await server.post("/dni/allocate", Bodies.allocate)
            #expect(injected.status == 500)
            #expect(checker.problems(path: "/dni/allocate", status: 500, body: injected.body) == [])
        }
    }

    @Test func corsEchoesOriginAndAnswersPreflight() async throws {
        try await ServerHarness.with { server in
            let origin = "http://shop.example:3000"
            let post = try await server.post("/dni/fetch", Bodies.fetch, headers: ["Origin": origin])
            #expect(post.headers["access-control-allow-origin"] == origin)
            #expect(post.headers["vary"] == "Origin")

            let anonymous = try await server.post("/dni/fetch", Bodies.fetch)
            #expect(anonymous.headers["access-control-allow-origin"] == "*")

            let preflight = try await server.send("OPTIONS", "/dni/allocate", headers: [
                "Origin": origin, "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            ])
            #expect(preflight.status == 204)
            #expect(preflight.headers["access-control-allow-origin"] == origin)
            #expect(preflight.headers["access-control-allow-methods"]?.contains("POST") == true)
            #expect(preflight.headers["access-control-allow-headers"] == "content-type")

            let failed = try await server.post("/dni/fetch", "nope", headers: ["Origin": origin])
            #expect(failed.status == 400)
            #expect(failed.headers["access-control-allow-origin"] == origin)
        }
    }

    @Test func servesPagesAndLogsEachRequest() async throws {
        let pages = FileManager.default.temporaryDirectory.appendingPathComponent("dni-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: pages) }
        let html = "<p>Sales: <a href=\"tel:02079460001\">020 7946 0001</a></p>"
        try html.write(to: pages.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)

        try await ServerHarness.with(pages: pages.path) { server in
            let page = try await server.send("GET", "/index.html")
            #expect(page.status == 200)
            #expect(page.text == html)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(try await server.send("GET", "/").text == html)
            #expect(try await server.send("GET", "/missing.html").status == 404)
            #expect(try await server.post("/dni/fetch", Bodies.fetch).status == 200)

            let lines = server.logLines.lines
            #expect(lines.count == 4)
            #expect(lines.last?.contains("POST /dni/fetch -> 200") == true)
            #expect(lines.first?.contains("GET /index.html -> 200") == true)
        }
    }
}
