/// Reads visits from a CSV file whose header names a `url` and a `referrer` column (in any order, among others).
///
/// Fields follow RFC 4180 on one line: `"…"` quotes a field and `""` inside it is a quote.
///
/// ```
/// url,referrer
/// https://shop.example/?gclid=x,https://www.google.com/
/// "https://shop.example/a,b",
/// ```
public struct CSVVisitParser: Sendable {
    let urlColumn: Int
    let referrerColumn: Int

    /// Finds the columns in the header line, or explains what the header lacks.
    public init(header: String, file: String) throws {
        let names = (Self.fields(header) ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let url = names.firstIndex(of: "url"), let referrer = names.firstIndex(of: "referrer") else {
            throw RunError("\(file):1: the CSV header needs a url and a referrer column (e.g. url,referrer), "
                + "got \"\(header.prefix(80))\"")
        }
        urlColumn = url
        referrerColumn = referrer
    }

    /// The visit on one data line.
    public func parse(_ line: String) -> ParsedLine {
        guard let fields = Self.fields(line) else { return .malformed("unterminated quote") }
        guard fields.count > max(urlColumn, referrerColumn) else {
            return .malformed("expected at least \(max(urlColumn, referrerColumn) + 1) fields, got \(fields.count)")
        }
        return .visit(url: fields[urlColumn], referrer: fields[referrerColumn])
    }

    /// The fields of one CSV line, or `nil` when a quote is left open.
    static func fields(_ line: String) -> [String]? {
        var fields: [String] = [], field = "", quoted = false, wasQuoted = false
        var characters = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? characters.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty && !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
                wasQuoted = false
            } else if c != "\r" {
                field.append(c)
            }
        }
        if quoted { return nil }
        fields.append(field)
        return fields
    }
}
