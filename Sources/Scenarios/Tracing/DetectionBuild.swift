import Foundation

/// Which client `dni detect` asks: the library with optional custom referrers, or a customer's build as generated.
public enum DetectionBuild: Sendable {
    /// The library, initialised with throwaway keys, with `iovox.setReferrers(referrers)` when there are any.
    case library(referrers: [DetectionProbe.ReferrerRule])
    /// The customer build of the config at this path, running its own on-load code.
    case config(path: String)

    /// A one-page scenario that loads this build on a blank page at `url`.
    func scenario(url: String, referrer: String, cookies: [String], builds: BuildCache) throws -> Scenario {
        let build: BuildSpec, keys: (String, String)
        switch self {
        case .library(let referrers):
            let rules = String(decoding: try JSONEncoder().encode(referrers), as: UTF8.self)
            build = .library(script: """
                iovox.init({ access_key: 'detect', action_key: 'detect' });
                if (\(rules).length) iovox.setReferrers(\(rules));
                """)
            keys = ("detect", "detect")
        case .config(let path):
            let (_, config) = try builds.customer(configPath: path)
            build = .config(path)
            keys = (config.accessKey, config.actionKey)
        }
        return Scenario(file: "(detect)", name: "dni detect", build: build,
                        account: Self.emptyAccount(accessKey: keys.0, actionKey: keys.1),
                        pages: [ScenarioRunner.pageKey(url): "<!DOCTYPE html><html><body></body></html>"],
                        visitor: Visitor(url: url, referrer: referrer, cookies: cookies), steps: [])
    }

    /// An account with the build's keys and nothing in it: detection needs no number, and a customer build's
    /// on-load lookup then finds none instead of failing on unknown keys.
    static func emptyAccount(accessKey: String, actionKey: String) -> AccountSource {
        let keys = String(decoding: try! JSONEncoder().encode(["access_key": accessKey, "action_key": actionKey]),
                          as: UTF8.self)
        return .inline(yaml: "keys: \(keys)\nitems: []\npools: []\n", file: "(detect)")
    }
}
