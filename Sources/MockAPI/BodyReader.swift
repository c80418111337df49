import Foundation

/// A `400 Bad Request` naming what is wrong with the body.
struct BadRequest: Error {
    var message: String
}

/// Reads the API's JSON request bodies, turning every defect into a ``BadRequest`` that names the field.
enum BodyReader {
    /// The deepest nesting a body may have; deeper bodies are refused before parsing.
    static let maxDepth = 64

    /// The body as a JSON object, after checking its depth.
    static func object(from data: Data) throws -> [String: JSONValue] {
        guard data.contains(where: { !isWhitespace($0) }) else {
            throw BadRequest(message: "malformed JSON: the request body is empty")
        }
        if JSONDepth.maximum(in: data, limit: maxDepth) > maxDepth {
            throw BadRequest(message: "malformed JSON: nested deeper than \(maxDepth) levels")
        }
        let value: JSONValue
        do {
            value = try JSONValue.parse(data)
        } catch {
            throw BadRequest(message: "malformed JSON: the request body does not parse")
        }
        guard case .object(let members) = value else {
            throw BadRequest(message: "malformed JSON: the request body must be an object, got \(value.kindName)")
        }
        return members
    }

    /// A required string member.
    static func string(_ object: [String: JSONValue], _ key: String, at path: String) throws -> String {
        let field = join(path, key)
        guard let value = object[key], value != .null else { throw BadRequest(message: "missing field '\(field)'") }
        guard case .string(let text) = value else {
            throw BadRequest(message: "field '\(field)' must be a string, got \(value.kindName)")
        }
        return text
    }

    /// An optional string member; `null` counts as absent.
    static func optionalString(_ object: [String: JSONValue], _ key: String, at path: String) throws -> String? {
        guard let value = object[key], value != .null else { return nil }
        guard case .string(let text) = value else {
            throw BadRequest(message: "field '\(join(path, key))' must be a string, got \(value.kindName)")
        }
        return text
    }

    /// A required array member.
    static func array(_ object: [String: JSONValue], _ key: String, at path: String) throws -> [JSONValue] {
        let field = join(path, key)
        guard let value = object[key], value != .null else { throw BadRequest(message: "missing field '\(field)'") }
        guard case .array(let items) = value else {
            throw BadRequest(message: "field '\(field)' must be an array, got \(value.kindName)")
        }
        return items
    }

    /// An array element that must be an object.
    static func element(_ value: JSONValue, at field: String) throws -> [String: JSONValue] {
        guard case .object(let members) = value else {
            throw BadRequest(message: "field '\(field)' must be an object, got \(value.kindName)")
        }
        return members
    }

    /// An optional object member; `null` counts as absent.
    static func optionalObject(_ object: [String: JSONValue], _ key: String, at path: String) throws -> [String: JSONValue]? {
        guard let value = object[key], value != .null else { return nil }
        guard case .object(let members) = value else {
            throw BadRequest(message: "field '\(join(path, key))' must be an object, got \(value.kindName)")
        }
        return members
    }

    /// A required `filters` object whose values are all strings.
    static func filters(_ object: [String: JSONValue], at path: String) throws -> [String: String] {
        let field = join(path, "filters")
        guard let value = object["filters"], value != .null else { throw BadRequest(message: "missing field '\(field)'") }
        guard case .object(let members) = value else {
            throw BadRequest(message: "field '\(field)' must be an object, got \(value.kindName)")
        }
        var filters: [String: String] = [:]
        for (key, member) in members {
            guard case .string(let text) = member else {
                throw BadRequest(message: "field '\(field).\(key)' must be a string, got \(member.kindName)")
            }
            filters[key] = text
        }
        return filters
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
