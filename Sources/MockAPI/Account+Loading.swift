import Foundation
import Yams

extension Account {
    /// Loads an account from a `.yaml`, `.yml` or `.json` file.
    ///
    /// Errors name the file, line and field: `account.yaml:7: field 'items[0].destination': ...`.
    public static func load(contentsOf url: URL) throws -> Account {
        try parse(try readText(url), fileName: url.path)
    }

    /// The file's text, or an error naming it and saying why in plain words.
    static func readText(_ url: URL) throws -> String {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
        let problem = !exists ? "it does not exist" : isFolder.boolValue ? "it is a folder, not a file" : nil
        if let problem { throw AccountError(file: url.path, line: nil, field: "", message: "cannot read file: \(problem)") }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw AccountError(file: url.path, line: nil, field: "", message: "cannot read file: it is not readable UTF-8 text")
        }
    }

    /// Parses an account from YAML text (JSON, being YAML, works too).
    ///
    ///     let account = try Account.parse(yamlText, fileName: "account.yaml")
    public static func parse(_ text: String, fileName: String) throws -> Account {
        let reader = AccountReader(file: fileName)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw AccountError(file: fileName, line: nil, field: "", message: "the file is empty")
            }
            root = node
        } catch let error as YamlError {
            throw syntaxError(error, file: fileName)
        }
        let top = try reader.mapping(root, "", allowed: ["keys", "items", "pools"])
        let keysNode = try reader.required(top, "keys", in: root, "")
        let keyFields = try reader.mapping(keysNode, "keys", allowed: ["access_key", "action_key"])
        let keys = Keys(
            accessKey: try reader.text(try reader.required(keyFields, "access_key", in: keysNode, "keys"), "keys.access_key"),
            actionKey: try reader.text(try reader.required(keyFields, "action_key", in: keysNode, "keys"), "keys.action_key"))

        var items: [Item] = []
        if let itemsNode = top["items"] {
            for (index, node) in try reader.sequence(itemsNode, "items").enumerated() {
                items.append(try parseItem(node, "items[\(index)]", reader))
            }
        }
        var pools: [Pool] = []
        if let poolsNode = top["pools"] {
            for (index, node) in try reader.sequence(poolsNode, "pools").enumerated() {
                pools.append(try parsePool(node, "pools[\(index)]", reader))
            }
        }
        let account = Account(keys: keys, items: items, pools: pools)
        try checkUnique(account, root: root, reader)
        return account
    }

    private static func parseItem(_ node: Node, _ field: String, _ reader: AccountReader) throws -> Item {
        let entries = try reader.mapping(
            node, field, allowed: ["item_id", "tracking_number", "destination", "categories"])
        func need(_ key: String) throws -> Node { try reader.required(entries, key, in: node, field) }
        return Item(
            id: try reader.text(try need("item_id"), "\(field).item_id"),
            trackingNumber: try reader.phoneNumber(try need("tracking_number"), "\(field).tracking_number"),
            destination: try reader.phoneNumber(try need("destination"), "\(field).destination"),
            categories: try entries["categories"].map { try reader.categories($0, "\(field).categories") } ?? [:])
    }

    private static func parsePool(_ node: Node, _ field: String, _ reader: AccountReader) throws -> Pool {
        let entries = try reader.mapping(
            node, field,
            allowed: ["pool_id", "categories", "destinations", "numbers", "session_timeout", "fallback_number"])
        let numbersNode = try reader.required(entries, "numbers", in: node, field)
        let numberNodes = try reader.sequence(numbersNode, "\(field).numbers")
        guard !numberNodes.isEmpty else {
            throw reader.fail(numbersNode, "\(field).numbers", "a pool needs at least one number")
        }
        let numbers = try numberNodes.enumerated().map { try reader.phoneNumber($1, "\(field).numbers[\($0)]") }
        let destinations = try entries["destinations"].map { list in
            try reader.sequence(list, "\(field).destinations").enumerated().map {
                try reader.phoneNumber($1, "\(field).destinations[\($0)]")
            }
        } ?? []
        return Pool(
            id: try reader.text(try reader.required(entries, "pool_id", in: node, field), "\(field).pool_id"),
            categories: try entries["categories"].map { try reader.categories($0, "\(field).categories") } ?? [:],
            destinations: destinations,
            numbers: numbers,
            sessionTimeout: try entries["session_timeout"].map { try reader.seconds($0, "\(field).session_timeout") }
                ?? Pool.defaultSessionTimeout,
            fallbackNumber: try entries["fallback_number"].map { try reader.phoneNumber($0, "\(field).fallback_number") })
    }

    /// Item and pool IDs are unique, and a pool number belongs to one pool and no item.
    private static func checkUnique(_ account: Account, root: Node, _ reader: AccountReader) throws {
        func line(_ path: [String]) -> Node? {
            var node: Node? = root
            for step in path {
                if let index = Int(step) { node = node?.sequence.flatMap { index < $0.count ? $0[index] : nil } }
                else { node = node?.mapping?[step] }
            }
            return node
        }
        var itemIDs: [String: Int] = [:]
        var trackingNumbers: Set<String> = []
        for (index, item) in account.items.enumerated() {
            if let first = itemIDs[item.id] {
                throw reader.fail(line(["items", "\(index)", "item_id"]), "items[\(index)].item_id",
                                  "\"\(item.id)\" is already used by items[\(first)]")
            }
            itemIDs[item.id] = index
            trackingNumbers.insert(item.trackingNumber)
        }
        var poolIDs: [String: Int] = [:]
        var owners: [String: String] = [:]
        for (poolIndex, pool) in account.pools.enumerated() {
            if let first = poolIDs[pool.id] {
                throw reader.fail(line(["pools", "\(poolIndex)", "pool_id"]), "pools[\(poolIndex)].pool_id",
                                  "\"\(pool.id)\" is already used by pools[\(first)]")
            }
            poolIDs[pool.id] = poolIndex
            for (index, number) in pool.numbers.enumerated() {
                let field = "pools[\(poolIndex)].numbers[\(index)]"
                let node = line(["pools", "\(poolIndex)", "numbers", "\(index)"])
                if trackingNumbers.contains(number) {
                    throw reader.fail(node, field, "\(number) is already an item's tracking number")
                }
                if let owner = owners[number] {
                    throw reader.fail(node, field, "\(number) is already listed in pool \(owner)")
                }
                owners[number] = pool.id
            }
        }
    }

    private static func syntaxError(_ error: YamlError, file: String) -> AccountError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return AccountError(file: file, line: mark.line, field: "", message: "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return AccountError(file: file, line: context.mark.line, field: "",
                                message: "key given twice: \(duplicates.joined(separator: ", "))")
        default:
            return AccountError(file: file, line: nil, field: "", message: "invalid YAML: \(error)")
        }
    }
}
