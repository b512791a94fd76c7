// swift-tools-version:6.3
// The manifest is the architecture diagram: one explicit list of targets, layer by layer.
// Arrows only point down; targets in one layer do not import each other. No package dependencies.
import PackageDescription

let settings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Postie",
    products: [
        .executable(name: "postie", targets: ["postie"]),
        .executable(name: "postie-benchmarks", targets: ["PostieBenchmarks"]),
    ],
    targets: [
        // Layer 0: leaves
        .target(name: "JSON", swiftSettings: settings),
        .target(name: "Transport", swiftSettings: settings),
        .target(name: "Crypto", swiftSettings: settings),
        .target(name: "PostmanFormat", dependencies: ["JSON"], swiftSettings: settings),
        .target(name: "JavaScriptParser", swiftSettings: settings),

        // Layer 1: values and languages
        .target(name: "Variables", dependencies: ["JSON"], swiftSettings: settings),
        .target(name: "JSONPath", dependencies: ["JSON"], swiftSettings: settings),
        .target(name: "JSONSchema", dependencies: ["JSON"], swiftSettings: settings),
        // Dynamic exclusivity checks cost about a quarter of the interpreter's time on class-stored state
        // (js-engine.md §3.3); the interpreter's own tests cover what the checks would catch.
        .target(
            name: "JavaScriptInterpreter", dependencies: ["JSON", "JavaScriptParser"],
            swiftSettings: settings + [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),

        // Layer 2: Postman semantics
        .target(name: "Authorization", dependencies: ["Crypto", "Transport"], swiftSettings: settings),
        .target(name: "Assertions", dependencies: ["JSON", "JSONPath", "Transport"], swiftSettings: settings),
        .target(
            name: "PostmanSandbox", dependencies: ["Crypto", "JSON", "JSONSchema", "JavaScriptInterpreter", "Variables"],
            swiftSettings: settings),

        // Layer 3: orchestration
        .target(
            name: "Runner",
            dependencies: [
                "Assertions", "Authorization", "JSON", "PostmanFormat", "PostmanSandbox", "Transport", "Variables",
            ],
            swiftSettings: settings),

        .target(
            name: "MockServer", dependencies: ["JSON", "PostmanFormat", "Transport"], swiftSettings: settings),

        // Layer 4: presentation
        .target(
            name: "Reporters", dependencies: ["JSON", "Runner", "Transport", "Variables"], swiftSettings: settings),

        // Layer 5: the process edge
        .target(
            name: "CommandLineTool",
            dependencies: [
                "JSON", "JavaScriptInterpreter", "MockServer", "PostmanFormat", "Reporters", "Runner", "Transport",
                "Variables",
            ],
            swiftSettings: settings),

        // Layer 6: the executable
        .executableTarget(name: "postie", dependencies: ["CommandLineTool"], swiftSettings: settings),

        // Benchmarks: figures as ratios against baselines measured in the same run. Not tests.
        .executableTarget(
            name: "PostieBenchmarks",
            dependencies: [
                "Assertions", "Crypto", "JSON", "JSONPath", "JavaScriptInterpreter", "MockServer", "PostmanFormat", "PostmanSandbox",
                "Runner", "Transport", "Variables",
            ],
            swiftSettings: settings),

        // Tests: shared doubles and snapshots, then one target per module
        .target(
            name: "TestSupport", dependencies: ["Transport"], path: "Tests/TestSupport",
            swiftSettings: settings),
        .testTarget(name: "JSONTests", dependencies: ["JSON"], swiftSettings: settings),
        .testTarget(
            name: "PostmanFormatTests", dependencies: ["JSON", "PostmanFormat", "TestSupport"], swiftSettings: settings),
        .testTarget(name: "VariablesTests", dependencies: ["JSON", "Variables"], swiftSettings: settings),
        // The transport is tested against our own loopback server, with the real URLSession.
        .testTarget(name: "TransportTests", dependencies: ["MockServer", "Transport"], swiftSettings: settings),
        .testTarget(name: "MockServerTests", dependencies: ["MockServer", "Transport"], swiftSettings: settings),
        .testTarget(name: "CryptoTests", dependencies: ["Crypto"], swiftSettings: settings),
        .testTarget(name: "JavaScriptParserTests", dependencies: ["JavaScriptParser"], swiftSettings: settings),
        .testTarget(
            name: "JavaScriptInterpreterTests", dependencies: ["JSON", "JavaScriptInterpreter", "JavaScriptParser"],
            resources: [.copy("Scripts")], swiftSettings: settings),
        .testTarget(
            name: "JSONSchemaTests", dependencies: ["JSON", "JSONSchema"],
            // The JSON-Schema-Test-Suite is read through #filePath, so it needs no resource bundle.
            exclude: ["Suite"], swiftSettings: settings),
        .testTarget(
            name: "JSONPathTests", dependencies: ["JSON", "JSONPath", "TestSupport"],
            // The compliance suite is read through #filePath, so it needs no resource bundle.
            exclude: ["cts.json", "LICENSE", "NOTICE", "SOURCE"], swiftSettings: settings),
        .testTarget(
            name: "AuthorizationTests", dependencies: ["Authorization", "Crypto", "Transport"], swiftSettings: settings),
        .testTarget(
            name: "PostmanSandboxTests",
            dependencies: ["JavaScriptInterpreter", "PostmanSandbox", "Variables"], exclude: ["Scripts", "Libraries"],
            swiftSettings: settings),
        .testTarget(
            name: "AssertionsTests", dependencies: ["Assertions", "JSON", "JSONPath", "TestSupport", "Transport"],
            swiftSettings: settings),
        .testTarget(
            name: "RunnerTests", dependencies: ["JSON", "PostmanFormat", "Runner", "TestSupport", "Transport", "Variables"],
            exclude: ["Snapshots"], swiftSettings: settings),
        .testTarget(
            name: "ReportersTests", dependencies: ["JSON", "Reporters", "Runner", "TestSupport", "Transport"],
            exclude: ["Schemas", "Snapshots"], swiftSettings: settings),
        .testTarget(
            name: "CommandLineToolTests",
            dependencies: ["CommandLineTool", "JSON", "MockServer", "TestSupport", "Transport"],
            exclude: ["Collections", "Snapshots"], swiftSettings: settings),
    ],
    swiftLanguageModes: [.v6]
)
