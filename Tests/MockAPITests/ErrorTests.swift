import Foundation
import Testing
@testable import MockAPI

@Suite("Error answers")
struct ErrorTests {
    let service: DNIService

    init() throws { service = try Fixture.service() }

    private func post(_ json: String, to path: String = "/dni/fetch") -> APIResponse {
        service.handle(.post(path, json: json))
    }

    @Test func malformedJSONIs400() {
        let answer = post(#"{"access_key": "#)
        #expect(answer.status == 400)
        #expect(answer.errorMessage?.hasPrefix("malformed JSON") == true)
        #expect(answer.headers["Content-Type"] == "application/json")
    }

    @Test func emptyAndNonObjectBodiesAre400() {
        #expect(post("").errorMessage == "malformed JSON: the request body is empty")
        #expect(post("[1, 2]").errorMessage == "malformed JSON: the request body must be an object, got an array")
    }

    @Test(arguments: [
        (#"{"action_key": "x", "replacements": []}"#, "missing field 'access_key'"),
        (#"{"access_key": 7, "action_key": "x", "replacements": []}"#, "field 'access_key' must be a string, got a number"),
        (#"{\#(Fixture.keys)}"#, "missing field 'replacements'"),
        (#"{\#(Fixture.keys), "replacements": {}}"#, "field 'replacements' must be an array, got an object"),
        (#"{\#(Fixture.keys), "replacements": ["x"]}"#, "field 'replacements[0]' must be an object, got a string"),
        (#"{\#(Fixture.keys), "replacements": [{}]}"#, "missing field 'replacements[0].filters'"),
        (#"{\#(Fixture.keys), "replacements": [{"filters": {"medium": "paid"}}]}"#,
         "missing field 'replacements[0].filters.call_destination'"),
        (#"{\#(Fixture.keys), "replacements": [{"filters": {"call_destination": 442079460001}}]}"#,
         "field 'replacements[0].filters.call_destination' must be a string, got a number"),
    ])
    func fetchFieldErrorsNameTheField(body: String, message: String) {
        let answer = post(body)
        #expect(answer.status == 400)
        #expect(answer.errorMessage == message)
    }

    @Test(arguments: [
        (#"{"filters": {"pool_id": "my-pool"}, "session_key": "s"}"#,
         "missing field 'allocations[0].filters.call_destination'"),
        (#"{"filters": {"pool_id": "my-pool", "call_destination": "442079460001"}}"#,
         "missing field 'allocations[0].session_key'"),
        (#"{"filters": {"pool_id": "my-pool", "call_destination": "442079460001"}, "session_key": ""}"#,
         "field 'allocations[0].session_key' must not be empty"),
        (#"{"filters": {"pool_id": "my-pool", "call_destination": "442079460001"}, "session_key": "s", "site_data": "x"}"#,
         "field 'allocations[0].site_data' must be an object, got a string"),
        (#"{"filters": {"pool_id": "my-pool", "call_destination": "442079460001"}, "session_key": "s", "page_url": 3}"#,
         "field 'allocations[0].page_url' must be a string, got a number"),
    ])
    func allocateFieldErrorsNameTheField(entry: String, message: String) {
        let answer = post(Fixture.allocateBody([entry]), to: "/dni/allocate")
        #expect(answer.status == 400)
        #expect(answer.errorMessage == message)
    }

    @Test func badKeysAre401() {
        let wrongAccess = post(#"{"access_key": "nope", "action_key": "example-action-key", "replacements": []}"#)
        let wrongAction = post(#"{"access_key": "example-access-key", "action_key": "nope", "replacements": []}"#)
        for answer in [wrongAccess, wrongAction] {
            #expect(answer.status == 401)
            #expect(answer.errorMessage == "invalid access_key or action_key")
        }
    }

    @Test func otherMethodsAre405WithAllow() {
        for method in ["GET", "PUT", "DELETE"] {
            let answer = service.handle(APIRequest(method: method, path: "/dni/allocate"))
            #expect(answer.status == 405)
            #expect(answer.headers["Allow"] == "POST")
            #expect(answer.errorMessage == "method \(method) is not allowed on /dni/allocate; use POST")
        }
    }

    @Test func unknownPathsAre404() {
        let answer = post("{}", to: "/dni/nope")
        #expect(answer.status == 404)
        #expect(answer.errorMessage == "no such endpoint: /dni/nope")
    }

    @Test func queryStringsDoNotChangeTheRoute() {
        #expect(post(Fixture.fetchBody([#"{"item_id": "sales-paid"}"#]), to: "/dni/fetch?cb=1").status == 200)
    }

    @Test func bodiesOverOneMegabyteAre413() {
        let padding = String(repeating: " ", count: DNIService.maxBodyBytes)
        let answer = post(Fixture.fetchBody([]) + padding)
        #expect(answer.status == 413)
        #expect(answer.errorMessage == "request body is larger than 1048576 bytes")
    }

    @Test func deeplyNestedBodiesAre400WithoutCrashing() {
        let depth = 100_000
        let body = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let answer = post(#"{"x": \#(body)}"#)
        #expect(answer.status == 400)
        #expect(answer.errorMessage == "malformed JSON: nested deeper than 64 levels")
        // Brackets inside strings are not nesting.
        let quoted = #"{\#(Fixture.keys), "replacements": [], "note": "\#(String(repeating: "[", count: 500))"}"#
        #expect(post(quoted).status == 200)
    }

    @Test func depthScanCountsOnlyStructure() {
        #expect(JSONDepth.maximum(in: Data(#"{"a": [1, {"b": "]]]\"[["}]}"#.utf8), limit: 64) == 3)
        #expect(JSONDepth.maximum(in: Data("[[[[".utf8), limit: 2) == 3)
    }
}
