import Crypto
import Foundation

/// Subresource Integrity checks for `<script integrity="sha384-...">`, as browsers apply them.
enum SubresourceIntegrity {
    /// nil when `body` matches one of the strongest listed digests (or none is recognised);
    /// otherwise the computed `sha384-...` value, for the console message.
    static func mismatch(_ metadata: String, body: String) -> String? {
        let data = Data(body.utf8)
        var listed: [(strength: Int, algorithm: String, digest: String)] = []
        for token in metadata.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            let parts = token.split(separator: "-", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let digest = String(parts[1].split(separator: "?").first ?? "")
            switch parts[0].lowercased() {
            case "sha256": listed.append((1, "sha256", digest))
            case "sha384": listed.append((2, "sha384", digest))
            case "sha512": listed.append((3, "sha512", digest))
            default: continue
            }
        }
        // No recognised digest: the browser loads the script as if no integrity was given.
        guard let strongest = listed.map(\.strength).max() else { return nil }
        for entry in listed where entry.strength == strongest && entry.digest == digest(entry.algorithm, data) {
            return nil
        }
        return "sha384-" + digest("sha384", data)
    }

    static func digest(_ algorithm: String, _ data: Data) -> String {
        switch algorithm {
        case "sha256": return Data(SHA256.hash(data: data)).base64EncodedString()
        case "sha512": return Data(SHA512.hash(data: data)).base64EncodedString()
        default: return Data(SHA384.hash(data: data)).base64EncodedString()
        }
    }
}
