/// Thrown when the paths and `--filter` select no scenario: a run that tests nothing must not pass.
struct NothingToRun: Error, CustomStringConvertible {
    var paths: [String]
    var filter: String?

    var description: String {
        let places = paths.isEmpty ? "scenarios" : paths.joined(separator: " ")
        if let filter { return "no scenario in \(places) matches --filter \(filter) (name, path or tag)" }
        return "no scenario files in \(places)"
    }

    /// Throws when `count` is zero.
    static func check(_ count: Int, paths: [String], filter: String?) throws {
        if count == 0 { throw NothingToRun(paths: paths, filter: filter) }
    }
}
