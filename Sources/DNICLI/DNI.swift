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
}
