import ArgumentParser
import Foundation
import Generator

/// `dni generate`: the library or a customer's build, snippet and its GTM and WordPress variants.
///
/// ```
/// dni generate examples/customer.yaml -o out/
/// dni generate --library -o cdn/
/// ```
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate dni.js and the snippets a customer pastes, from a YAML config.",
        discussion: """
            With CONFIG, writes dni.js, snippet.html, gtm.html and wordpress/dni-<customer>/dni-<customer>.php. \
            With --library, writes only dni.js with every module and nothing run on load. \
            Nothing is written when the config has errors. See docs/config.md for every field.
            """)

    @Argument(help: "The customer's YAML config (see examples/customer.yaml).")
    var config: String?

    @Flag(help: "Build the whole library instead of a customer build.")
    var library = false

    @Option(name: .shortAndLong, help: "The folder to write the outputs into.")
    var output: String

    @Option(help: "The project folder holding snippet/ and templates/ (default: found from the current folder).")
    var project: String?

    @Flag(help: "Keep comments and indentation in dni.js.")
    var noStrip = false

    @Flag(help: "Strip dni.js but keep its spacing and names (no minifying).")
    var noMinify = false

    func validate() throws {
        guard library == (config != nil) else { return }
        let given = library ? "both a CONFIG file and --library given" : "no CONFIG file and no --library given"
        throw UserError(given, fix: "give one: `dni generate CONFIG -o DIR` for a customer's build, "
                        + "`dni generate --library -o DIR` for the plain library", exitCode: UserError.usage).validation
    }

    func run() throws {
        if let project {
            try InputFile(project, role: "project folder", option: "--project",
                          fix: "give the folder that holds snippet/ and templates/").checkFolder()
        }
        if let config {
            try InputFile(config, role: "config file",
                          fix: "give the path of a customer config, like examples/customer.yaml").check()
        }
        let sources = project.map { GeneratorSources(projectRoot: URL(fileURLWithPath: $0)) } ?? .locate()
        let build: Build
        do {
            let generator = try Generator(sources: sources, strip: !noStrip, minify: !noMinify)
            if let config {
                build = try generator.customer(CustomerConfig.load(path: config))
            } else {
                build = try generator.library()
            }
            for warning in build.warnings { printError("warning: \(warning)") }
            for warning in try OutputWriter.write(build.files, to: URL(fileURLWithPath: output)) {
                printError("warning: \(warning)")
            }
        } catch let error as ConfigError {
            printError(error.description)
            printError("\(error.issues.count) error(s); nothing was written.")
            throw ExitCode.failure
        }
        print("Modules: \(build.modules.joined(separator: " "))")
        print(SizeTable(files: build.files).text)
        print("Written to \(output)")
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
