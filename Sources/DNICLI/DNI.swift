import ArgumentParser

/// The `dni` command: builds and proves the call-tracking client `dni.js`.
@main
struct DNI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dni",
        abstract: "Build the call-tracking client dni.js and prove it in a fake and a real browser.",
        subcommands: [
            ServeCommand.self,
            GenerateCommand.self,
            TestCommand.self,
            RunCommand.self,
            DetectCommand.self,
            BenchCommand.self,
            WorkerCommand.self,
        ]
    )

    /// Messages of parsing and validation errors start like ``ErrorReport``'s: `error: `.
    static var _errorPrefix: String { "error: " }

    /// Parses and runs a subcommand; errors from its `run()` are printed by ``ErrorReport``.
    static func main() async {
        let command: ParsableCommand
        do {
            command = try await asyncParseAsRoot()
        } catch {
            // Unknown options, missing arguments, validate(): ArgumentParser's text with the subcommand's usage.
            exit(withError: error)
        }
        do {
            var command = command
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let ours = configuration.subcommands.contains { ObjectIdentifier($0) == ObjectIdentifier(type(of: command)) }
            // ArgumentParser's own commands (`dni help run`) end the way it decides.
            guard ours else { exit(withError: error) }
            ErrorReport.exit(error, from: type(of: command))
        }
    }
}
