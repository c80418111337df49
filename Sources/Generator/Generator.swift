import Foundation

/// Builds `dni.js` and the files a customer pastes, from `snippet/`, `templates/` and a config.
///
/// ```swift
/// let generator = try Generator(sources: .locate())
/// let build = try generator.customer(CustomerConfig.load(path: "examples/customer.yaml"))
/// try OutputWriter.write(build.files, to: URL(fileURLWithPath: "/tmp/out"))
/// ```
///
/// What the harness and the scenario suite run is exactly ``Build/script``: the same stripped text that ships.
public struct Generator: Sendable {
    /// Written into the banner of every build.
    public static let version = "1.0.0"

    public let manifest: ModuleManifest
    /// The per-country phone facts; each build carries the entries it needs.
    public let phoneMetadata: PhoneMetadata
    /// Each module's source, stripped unless `strip` is off, by module name.
    private let sources: [String: String]
    private let templates: TemplateSet
    public let strip: Bool
    /// Whether stripped builds are also minified (``Esbuild``), after ``JSNameCheck`` has made sure every `dni*`
    /// name the build uses is declared in it.
    public let minify: Bool

    /// Reads the manifest, every module it lists and the templates.
    public init(sources locations: GeneratorSources, strip: Bool = true, minify: Bool = true) throws {
        manifest = try ModuleManifest.load(from: locations.snippetDirectory)
        templates = try TemplateSet(directory: locations.templatesDirectory)
        phoneMetadata = try PhoneMetadata.load(from: locations.snippetDirectory)
        self.strip = strip
        self.minify = minify
        var sources: [String: String] = [:]
        for module in manifest.modules {
            let url = locations.snippetDirectory.appendingPathComponent(module.file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw GeneratorError.missingSource("module '\(module.name)' file \(url.path)")
            }
            sources[module.name] = text
        }
        self.sources = sources
    }

    /// The library alone: every module, `window.iovox` defined, nothing run on load.
    public func library() throws -> Build {
        let modules = manifest.modules
        let script = try assemble(modules, customer: nil, countries: nil, onLoad: nil)
        return Build(files: [GeneratedFile(path: "dni.js", contents: script)], modules: modules.map(\.name), onLoad: nil)
    }

    /// A customer build: the modules `config` needs, its on-load code, the snippet and its variants.
    public func customer(_ config: CustomerConfig) throws -> Build {
        let modules = manifest.modules(for: config.features)
        // The on-load code keeps its names: it is read in the page source and calls the public `iovox` API.
        let onLoad = try finish(OnLoadScript(config: config).source, renaming: false)
        let hosted = config.hosting != nil
        // A hosted file stays generic enough to cache; its on-load part is inline in the page.
        let script = try assemble(
            modules, customer: config.customer, countries: countries(for: config), onLoad: hosted ? nil : onLoad)
        if let hazard = Markup.inlineScriptHazard(in: hosted ? onLoad : script) {
            throw GeneratorError.unsafeScript("the build contains \"\(hazard)\", which would end an inline <script> early")
        }
        var page: [String: Any] = ["customer": config.customer, "script": script, "onLoad": onLoad]
        if let hosting = config.hosting {
            page["hosted"] = true
            page["srcAttribute"] = Markup.attribute(hosting.url)
            page["integrity"] = Digests.subresourceIntegrity(Data(script.utf8))
        } else {
            page["hosted"] = false
        }
        let snippet = templates.render("snippet.html", page)
        let plugin = templates.render("wordpress.php", [
            "customer": config.customer, "version": Self.version, "snippetLiteral": Markup.phpString(snippet),
        ])
        let pluginName = "dni-\(config.customer)"
        return Build(
            files: [
                GeneratedFile(path: "dni.js", contents: script),
                GeneratedFile(path: "snippet.html", contents: snippet),
                GeneratedFile(path: "gtm.html", contents: templates.render("gtm.html", page)),
                GeneratedFile(path: "wordpress/\(pluginName)/\(pluginName).php", contents: plugin),
            ],
            modules: modules.map(\.name), onLoad: onLoad)
    }

    /// The calling codes whose phone metadata a customer build carries: its own country's, and those of its
    /// target numbers and fallback number. Numbers of other countries are then recognised only when written
    /// with +CC or 00CC.
    public func countries(for config: CustomerConfig) -> Set<String> {
        var codes: Set<String> = [config.countryCode ?? "44"]
        let international = config.targetNumbers.compactMap { number -> String? in
            let trimmed = number.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("+") || trimmed.hasPrefix("00") else { return nil }
            let digits = trimmed.filter(\.isASCII).filter(\.isNumber)
            return String(digits.dropFirst(trimmed.hasPrefix("+") ? 0 : 2))
        }
        for e164 in international + [config.fallbackNumber].compactMap({ $0 }) {
            if let code = phoneMetadata.callingCode(of: e164) { codes.insert(code) }
        }
        return codes
    }

    /// The `dni.js` text: the modules in manifest order and the on-load code inside one function scope.
    private func assemble(
        _ modules: [ModuleManifest.Module], customer: String?, countries: Set<String>?, onLoad: String?
    ) throws -> String {
        var data: [String: Any] = [
            "version": Self.version,
            "phoneMetadata": phoneMetadata.literal(for: countries),
            "moduleList": modules.map(\.name).joined(separator: " "),
            "modules": modules.map { ["name": $0.name, "source": sources[$0.name] ?? ""] },
            "hasOnLoad": onLoad != nil,
            "onLoad": onLoad ?? "",
        ]
        if let customer { data["customer"] = customer }
        return try finish(templates.render("dni.js", data))
    }

    private func finish(_ script: String, renaming: Bool = true) throws -> String {
        guard strip else { return script }
        let stripped = JSStripper.strip(script)
        return minify ? try Esbuild.minify(JSNameCheck.check(stripped), renaming: renaming) : stripped
    }
}
