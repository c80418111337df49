import Foundation

/// The cookie-date algorithm of RFC 6265 section 5.1.1, tolerant of the formats servers really send.
enum CookieDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Epoch milliseconds for a cookie date such as `Wed, 21 Oct 2026 07:28:00 GMT`; nil when it does not parse.
    static func parse(_ text: String) -> Double? {
        var time: (Int, Int, Int)?
        var day: Int?, month: Int?, year: Int?
        let delimiters = CharacterSet(charactersIn: "\t !\"#$%&'()*+,-./;<=>?@[\\]^_`{|}~")
        for token in text.components(separatedBy: delimiters) where !token.isEmpty {
            if time == nil, token.contains(":") {
                let fields = token.split(separator: ":").map { Int($0.prefix(while: \.isNumber)) }
                if fields.count == 3, let h = fields[0], let m = fields[1], let s = fields[2] {
                    time = (h, m, s)
                    continue
                }
            }
            let digits = token.prefix(while: \.isNumber)
            if day == nil, (1...2).contains(digits.count), let value = Int(digits) {
                day = value
                continue
            }
            if month == nil, let index = months.firstIndex(of: String(token.prefix(3)).lowercased()) {
                month = index + 1
                continue
            }
            if year == nil, (2...4).contains(digits.count), let value = Int(digits) {
                year = value
                continue
            }
        }
        guard let (hour, minute, second) = time, let day, let month, var year else { return nil }
        if (70...99).contains(year) { year += 1900 } else if (0...69).contains(year) { year += 2000 }
        guard (1...31).contains(day), year >= 1601, hour <= 23, minute <= 59, second <= 59 else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        (components.hour, components.minute, components.second) = (hour, minute, second)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components) else { return nil }
        return date.timeIntervalSince1970 * 1000
    }
}
