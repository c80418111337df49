import Foundation
import Testing
import MockAPI
@testable import MockServer

@Suite("HTTP server under hostile input", .serialized)
struct ResilienceTests {
    @Test func oversizedBodyIs413AndServingContinues() async throws {
        try await ServerHarness.with { server in
            let huge = Data(repeating: UInt8(ascii: " "), count: DNIService.maxBodyBytes + 10)
            let answer = try await server.send("POST", "/dni/fetch", body: huge)
            #expect(answer.status == 413)
            #expect(answer.errorMessage == "request body is larger than 1048576 bytes")
            #expect(try await server.post("/dni/fetch", Bodies.fetch).status == 200)
        }
    }

    @Test func deeplyNestedBodyIs400AndServingContinues() async throws {
        try await ServerHarness.with { server in
            let depth = 10_000
            let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let answer = try await server.post("/dni/fetch", #"{\#(Bodies.keys), "replacements": \#(nested)}"#)
            #expect(answer.status == 400)
            #expect(answer.errorMessage == "malformed JSON: nested deeper than 64 levels")
            let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
            #expect(try await server.post("/dni/allocate", objects).status == 400)
            #expect(try await server.post("/dni/fetch", Bodies.fetch).status == 200)
        }
    }

    @Test func garbageBodiesAre400AndServingContinues() async throws {
        try await ServerHarness.with { server in
            for garbage in ["", "null", "\u{0}\u{1}\u{2}", "{\"a\": tru}", String(repeating: "\"", count: 1001)] {
                let answer = try await server.post("/dni/fetch", garbage)
                #expect(answer.status == 400)
            }
            let after = try await server.post("/dni/fetch", Bodies.fetch)
            #expect(after.status == 200)
        }
    }

    @Test func delayAndHangFaultsOverHTTP() async throws {
        try await ServerHarness.with(hangSeconds: 0.2) { server in
            server.service.faults.add(Fault(path: "/dni/fetch", times: 1, delayMs: 50))
            let late = try await server.post("/dni/fetch", Bodies.fetch)
            #expect(late.status == 200)
            #expect(late.text.contains("442079460101"))

            server.service.faults.add(Fault(path: "/dni/fetch", times: 1, hang: true))
            let hung = try await server.post("/dni/fetch", Bodies.fetch)
            #expect(hung.status == 504)
            #expect(hung.headers["connection"] == "close")

            server.service.faults.add(Fault(times: 1, body: #"{"numbers":[{"number":"<img src=x onerror=alert(1)>"}]}"#))
            #expect(try await server.post("/dni/fetch", Bodies.fetch).text.contains("<img"))
            #expect(try await server.post("/dni/fetch", Bodies.fetch).status == 200)
        }
    }

    @Test func concurrentClientsNeverShareANumber() async throws {
        try await ServerHarness.with { server in
            let granted = try await withThrowingTaskGroup(of: String?.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        let body = #"{\#(Bodies.keys), "allocations": [{"filters": {"pool_id": "sales-pool", "call_destination": "442079460001"}, "session_key": "v\#(index)"}]}"#
                        let answer = try await server.post("/dni/allocate", body)
                        let numbers = (answer.json as? [String: Any])?["numbers"] as? [Any]
                        return (numbers?.first as? [String: Any])?["voxnumber"] as? String
                    }
                }
                var all: [String] = []
                for try await number in group { if let number { all.append(number) } }
                return all
            }
            #expect(granted.count == 5)
            #expect(Set(granted).count == 5)
        }
    }
}
