import Foundation

/// The per-country phone facts `dni.js` needs, from `snippet/phone-metadata.json`.
///
/// `scripts/phone-metadata.py` generates the file from libphonenumber; each entry is the compact string the client
/// reads (`TRUNK BARE LENGTHS FIRST FORMATS`, docs/client.md). A build carries only the entries it needs:
///
/// ```swift
/// let metadata = try PhoneMetadata.load(from: snippetDirectory)
/// metadata.literal(for: ["44", "33"])   // {"33":"0  9 123456789 1222,322/8","44":"0  79a ..."}
/// ```
public struct PhoneMetadata: Sendable, Equatable {
    /// Calling code (digits) to entry.
    public var countries: [String: String]

    private struct File: Decodable {
        var countries: [String: String]
    }

    /// Reads `phone-metadata.json` in `directory`.
    public static func load(from directory: URL) throws -> PhoneMetadata {
        let url = directory.appendingPathComponent("phone-metadata.json")
        guard let data = try? Data(contentsOf: url) else {
            throw GeneratorError.missingSource("phone metadata \(url.path) (run scripts/phone-metadata.py)")
        }
        do {
            return PhoneMetadata(countries: try JSONDecoder().decode(File.self, from: data).countries)
        } catch {
            throw GeneratorError.missingSource("\(url.path) is not phone metadata (run scripts/phone-metadata.py): \(error)")
        }
    }

    /// The calling code an E.164 number starts with (1 to 3 digits), if it is a known one.
    public func callingCode(of e164: String) -> String? {
        (1...3).lazy.map { String(e164.prefix($0)) }.first { countries[$0] != nil }
    }

    /// A JavaScript object literal holding the entries of `codes` (every entry when `nil`), keys in order.
    public func literal(for codes: Set<String>?) -> String {
        let chosen = countries.filter { codes?.contains($0.key) ?? true }
        let entries = chosen.sorted { Int($0.key) ?? 0 < Int($1.key) ?? 0 }
            .map { "\(JSString.literal($0.key)):\(JSString.literal($0.value))" }
        return "{" + entries.joined(separator: ",") + "}"
    }
}
