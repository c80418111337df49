import Foundation

/// Where the Chromium browser and its driver are installed.
///
/// Looks at `DNI_CHROMIUM` / `DNI_CHROMEDRIVER` first, then Debian's paths
/// (`/usr/bin/chromium`, `/usr/bin/chromedriver`). A missing binary is an error that
/// names `scripts/install-chromium.sh`, which installs both.
public struct ChromiumInstallation: Sendable, Equatable {
    /// The script that installs Debian's `chromium` and `chromium-driver`.
    public static let installScript = "scripts/install-chromium.sh"

    public var chromium: String
    public var chromedriver: String

    public init(chromium: String, chromedriver: String) {
        self.chromium = chromium
        self.chromedriver = chromedriver
    }

    /// Finds both binaries or throws a `ChromiumSetupError` saying how to install them.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> ChromiumInstallation
    {
        let browser = try find(variable: "DNI_CHROMIUM", what: "chromium", environment: environment,
                               candidates: ["/usr/bin/chromium", "/usr/bin/chromium-browser"])
        let driver = try find(variable: "DNI_CHROMEDRIVER", what: "chromedriver", environment: environment,
                              candidates: ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"])
        return ChromiumInstallation(chromium: browser, chromedriver: driver)
    }

    private static func find(variable: String, what: String, environment: [String: String],
                             candidates: [String]) throws -> String
    {
        let files = FileManager.default
        if let given = environment[variable], !given.isEmpty {
            guard files.isExecutableFile(atPath: given) else {
                throw ChromiumSetupError(
                    "\(variable) is \(given), which is not an executable file; unset it or run \(installScript)")
            }
            return given
        }
        if let found = candidates.first(where: files.isExecutableFile(atPath:)) { return found }
        throw ChromiumSetupError(
            "\(what) is not installed (looked at \(candidates.joined(separator: ", ")) and $\(variable)); "
                + "run `bash \(installScript)` to install chromium and chromium-driver")
    }
}

/// Chromium or its driver is missing or would not start.
public struct ChromiumSetupError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
