// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dni",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dni", targets: ["DNICLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.100.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.20.0"),
    ],
    targets: [
        // System libraries, found through pkg-config.
        .systemLibrary(
            name: "CJavaScriptCore", pkgConfig: "javascriptcoregtk-4.1",
            providers: [.apt(["libjavascriptcoregtk-4.1-dev"])]),
        .systemLibrary(
            name: "CGumbo", pkgConfig: "gumbo",
            providers: [.apt(["libgumbo-dev"])]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),

        // The embedded JavaScript engine: contexts, values, host functions.
        .target(name: "Engine", dependencies: ["CJavaScriptCore"]),
        // The fake browser: HTML parsing, DOM runtime, cookies, storage, clock, network.
        .target(
            name: "Browser", dependencies: ["Engine", "CGumbo", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Runtime")]),
        // The DNI API contract: accounts, matching, pools. No I/O.
        .target(name: "MockAPI", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The DNI API over HTTP.
        .target(
            name: "MockServer",
            dependencies: [
                "MockAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ]),
        // Customer builds of dni.js from templates and a config.
        .target(
            name: "Generator",
            dependencies: [
                "CZlib",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // Scenario files, their runner and reports.
        .target(
            name: "Scenarios",
            dependencies: ["Browser", "MockAPI", "Generator", .product(name: "Yams", package: "Yams")],
            exclude: ["Data/README.md"],
            resources: [.copy("Data/ga4_source_categories.csv")]),
        // The same scenarios in headless Chromium over WebDriver.
        .target(
            name: "Conformance",
            dependencies: [
                "Scenarios", "MockServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]),
        // The `dni` command.
        .executableTarget(
            name: "DNICLI",
            dependencies: [
                "Engine", "Browser", "MockAPI", "MockServer", "Generator", "Scenarios", "Conformance",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]),

        .testTarget(name: "EngineTests", dependencies: ["Engine"]),
        .testTarget(name: "BrowserTests", dependencies: ["Browser", "Engine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MockAPITests", dependencies: ["MockAPI"]),
        .testTarget(name: "MockServerTests", dependencies: ["MockServer"]),
        .testTarget(name: "GeneratorTests", dependencies: ["Generator", "Engine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ScenariosTests", dependencies: ["Scenarios"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ClientTests", dependencies: ["Browser", "Generator"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ConformanceTests", dependencies: ["Conformance"]),
        // Runs the built `dni` executable and checks what its errors say.
        .testTarget(name: "CLITests"),
    ],
    swiftLanguageModes: [.v5]
)
