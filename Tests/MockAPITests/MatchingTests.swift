import Foundation
import Testing
@testable import MockAPI

@Suite("Fetch matching")
struct MatchingTests {
    @Test func destinationAndCategoryMustBothMatch() throws {
        let service = try Fixture.service()
        let answer = service.fetch(
            #"{"call_destination": "442079460001", "medium": "paid_search"}"#,
            #"{"call_destination": "442079460002", "medium": "website"}"#,
            #"{"call_destination": "442079460010", "medium": "organic"}"#)
        #expect(answer.status == 200)
        #expect(answer.numbers("number") == ["442079460107", "442079460208", "442079460302"])
    }

    @Test func unmatchedEntriesAreNullInPosition() throws {
        let service = try Fixture.service()
        let answer = service.fetch(
            #"{"call_destination": "442079469999", "medium": "paid"}"#,
            #"{"call_destination": "442079460001", "medium": "paid"}"#,
            #"{"call_destination": "442079460001", "medium": "carrier_pigeon"}"#)
        #expect(answer.numbers("number") == [nil, "442079460101", nil])
        #expect(answer.text.contains("null"))
    }

    @Test func everyFilterMustMatch() throws {
        let service = try Fixture.service()
        let answer = service.fetch(#"{"call_destination": "442079460001", "medium": "paid", "campaign": "spring"}"#)
        #expect(answer.numbers("number") == [nil])
    }

    @Test func destinationAloneMatchesFirstItemForIt() throws {
        let service = try Fixture.service()
        #expect(service.fetch(#"{"call_destination": "442079460002"}"#).numbers("number") == ["442079460201"])
    }

    @Test func itemIDLooksUpDirectlyIgnoringOtherFilters() throws {
        let service = try Fixture.service()
        let answer = service.fetch(
            #"{"item_id": "support-email", "call_destination": "442079460001", "medium": "paid"}"#,
            #"{"link_id": "lettings-website"}"#,
            #"{"item_id": "no-such-item"}"#)
        #expect(answer.numbers("number") == ["442079460206", "442079460308", nil])
    }

    @Test func nodeIDIsMatchedAsACategory() throws {
        let account = Account(
            keys: .init(accessKey: "a", actionKey: "b"),
            items: [
                .init(id: "1", trackingNumber: "442079460901", destination: "442079460001", categories: ["node_id": "n7"]),
                .init(id: "2", trackingNumber: "442079460902", destination: "442079460001", categories: ["node_id": "n8"]),
            ])
        let service = try Fixture.service(account)
        #expect(service.match(["call_destination": "442079460001", "node_id": "n8"])?.id == "2")
        #expect(service.match(["call_destination": "442079460001", "node_id": "n9"]) == nil)
    }

    @Test func emptyReplacementsGiveEmptyNumbers() throws {
        let service = try Fixture.service()
        let answer = service.handle(.post("/dni/fetch", json: #"{\#(Fixture.keys), "replacements": []}"#))
        #expect(answer.status == 200)
        #expect(answer.text == #"{"numbers":[]}"#)
    }
}
