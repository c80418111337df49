import Foundation

/// The raw and gzip sizes of a build's files, as `dni generate` prints them.
public struct SizeTable: Sendable {
    public struct Row: Sendable, Equatable {
        public var path: String
        public var raw: Int
        public var gzip: Int
    }

    public var rows: [Row]

    public init(files: [GeneratedFile]) {
        rows = files.map { Row(path: $0.path, raw: $0.data.count, gzip: Digests.gzip($0.data).count) }
    }

    /// One aligned line per file: path, raw bytes, gzip bytes.
    public var text: String {
        let width = max(4, rows.map(\.path.count).max() ?? 0)
        let header = "file".padding(toLength: width, withPad: " ", startingAt: 0) + "        raw       gzip"
        let lines = rows.map { row in
            row.path.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: " %8d B %8d B", row.raw, row.gzip)
        }
        return ([header] + lines).joined(separator: "\n")
    }
}
