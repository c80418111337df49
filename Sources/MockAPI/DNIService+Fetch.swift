import Foundation

extension DNIService {
    /// The `200` body of `/dni/fetch`: one entry per replacement, `null` where nothing matched.
    struct FetchAnswer: Encodable {
        struct Entry: Encodable { var number: String }
        var numbers: [Entry?]
    }

    func fetch(_ body: [String: JSONValue]) throws -> Data {
        let replacements = try BodyReader.array(body, "replacements", at: "")
        var numbers: [FetchAnswer.Entry?] = []
        numbers.reserveCapacity(replacements.count)
        for (index, value) in replacements.enumerated() {
            let path = "replacements[\(index)]"
            let entry = try BodyReader.element(value, at: path)
            let filters = try BodyReader.filters(entry, at: path)
            if filters["item_id"] == nil, filters["link_id"] == nil, filters["call_destination"] == nil {
                throw BadRequest(message: "missing field '\(path).filters.call_destination'")
            }
            numbers.append(match(filters).map { FetchAnswer.Entry(number: $0.trackingNumber) })
        }
        return try JSONEncoder.api.encode(FetchAnswer(numbers: numbers))
    }

    /// The item a filter set selects.
    ///
    /// `item_id` (or its alias `link_id`) looks the item up directly and ignores every other
    /// filter. Otherwise `call_destination` must equal the item's forwarding number and every
    /// other key (`node_id` included) must equal the item's category of that name; the first
    /// item in file order that matches them all wins.
    public func match(_ filters: [String: String]) -> Account.Item? {
        if let id = filters["item_id"] ?? filters["link_id"] {
            return itemsByID[id]
        }
        return account.items.first { item in
            filters.allSatisfy { key, value in
                key == "call_destination" ? item.destination == value : item.categories[key] == value
            }
        }
    }
}
