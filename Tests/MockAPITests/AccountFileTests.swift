import Foundation
import Testing
@testable import MockAPI

@Suite("Account files")
struct AccountFileTests {
    @Test func exampleAccountLoads() throws {
        let account = try Account.load(contentsOf: Fixture.exampleAccount)
        #expect(account.keys == .init(accessKey: "example-access-key", actionKey: "example-action-key"))
        #expect(account.items.count == 24)
        #expect(Set(account.items.map(\.destination)) == ["442079460001", "442079460002", "442079460010"])
        #expect(account.pools.map(\.id) == ["my-pool", "sales-pool"])
        #expect(account.pools.allSatisfy { $0.numbers.count == 5 && $0.fallbackNumber != nil })
    }

    @Test func jsonAccountsParse() throws {
        let json = """
        {"keys": {"access_key": "a", "action_key": "b"},
         "items": [{"item_id": 7, "tracking_number": "+442079460101", "destination": "442079460001"}],
         "pools": [{"pool_id": "p", "numbers": ["442079460601"]}]}
        """
        let account = try Account.parse(json, fileName: "account.json")
        #expect(account.items.first == .init(id: "7", trackingNumber: "442079460101", destination: "442079460001"))
        #expect(account.pools.first?.sessionTimeout == 1800)
    }

    private func error(_ yaml: String) -> AccountError? {
        do {
            _ = try Account.parse(yaml, fileName: "acct.yaml")
            return nil
        } catch {
            return error as? AccountError
        }
    }

    private let keys = "keys: {access_key: a, action_key: b}\n"

    @Test func errorsNameFileLineAndField() {
        let badNumber = error(keys + """
        pools:
          - pool_id: p
            numbers:
              - "442079460601"
              - "020 7946"
        """)
        #expect(badNumber?.description
                == #"acct.yaml:6: field 'pools[0].numbers[1]': expected an E.164 number of 7 to 15 digits, got "020 7946""#)

        let missing = error(keys + "items:\n  - {item_id: x, tracking_number: \"442079460101\"}\n")
        #expect(missing?.description == "acct.yaml:3: field 'items[0].destination': missing required field")

        let unknown = error(keys + "items:\n  - item_id: x\n    destinaton: \"442079460001\"\n")
        #expect(unknown?.line == 4)
        #expect(unknown?.field == "items[0].destinaton")

        let wrongType = error(keys + "pools: {pool_id: p}\n")
        #expect(wrongType?.description == "acct.yaml:2: field 'pools': expected a list, got a mapping")

        let badTimeout = error(keys + "pools:\n  - {pool_id: p, numbers: [\"442079460601\"], session_timeout: soon}\n")
        #expect(badTimeout?.field == "pools[0].session_timeout")
    }

    @Test func duplicatesAreRejected() {
        let twice = error(keys + """
        pools:
          - {pool_id: p, numbers: ["442079460601"]}
          - {pool_id: q, numbers: ["442079460601"]}
        """)
        #expect(twice?.description == "acct.yaml:4: field 'pools[1].numbers[0]': 442079460601 is already listed in pool p")
        let sameID = error(keys + "items:\n  - {item_id: x, tracking_number: \"4420794601\", destination: \"4420794602\"}\n"
                           + "  - {item_id: x, tracking_number: \"4420794603\", destination: \"4420794602\"}\n")
        #expect(sameID?.field == "items[1].item_id")
        #expect(sameID?.line == 4)
    }

    @Test func syntaxErrorsAndMissingKeys() {
        let broken = error("keys: {access_key: a\nitems: [\n")
        #expect(broken?.file == "acct.yaml")
        #expect(broken?.line != nil)
        #expect(broken?.message.hasPrefix("invalid YAML") == true)
        #expect(error("items: []\n")?.description == "acct.yaml:1: field 'keys': missing required field")
        #expect(error("")?.message == "the file is empty")
    }

    @Test func unreadableFileNamesThePath() {
        #expect(throws: AccountError.self) { try Account.load(contentsOf: URL(fileURLWithPath: "/no/such/account.yaml")) }
    }
}
