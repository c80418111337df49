/// The check that paths and `--filter` select some scenario: a run that tests nothing must not pass.
enum NothingToRun {
    /// Throws a ``UserError`` naming the paths and the filter when `count` is zero.
    static func check(_ count: Int, paths: [String], filter: String?) throws {
        guard count == 0 else { return }
        let places = paths.isEmpty ? "scenarios" : paths.joined(separator: " ")
        if let filter {
            throw UserError("no scenario in \(places) matches --filter \(filter) (name, path or tag)",
                            fix: "check the spelling of --filter, or leave it out")
        }
        throw UserError("no scenario files in \(places)", fix: "give scenario .yaml files, or folders that hold them")
    }
}
