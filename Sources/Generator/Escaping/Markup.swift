/// Escaping for the HTML and PHP files that carry a build.
public enum Markup {
    /// `value` for a double-quoted HTML attribute.
    public static func attribute(_ value: String) -> String {
        var out = ""
        for c in value.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// `value` as a single-quoted PHP string literal (only `\` and `'` are special there).
    public static func phpString(_ value: String) -> String {
        var out = "'"
        for c in value {
            switch c {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            default: out.append(c)
            }
        }
        return out + "'"
    }

    /// The sequences that would end or corrupt an inline `<script>` element early.
    public static let scriptBreakers = ["</script", "<!--", "<script"]

    /// The first sequence in `script` that is unsafe inside an inline `<script>`, if any (case-insensitive).
    public static func inlineScriptHazard(in script: String) -> String? {
        let lower = script.lowercased()
        return scriptBreakers.first { lower.contains($0) }
    }
}
