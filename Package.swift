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
    ],
    targets: [
        // Layer 0: leaves
        .target(name: "JSON", swiftSettings: settings),
        .target(name: "Transport", swiftSettings: settings),
        .target(name: "PostmanFormat", dependencies: ["JSON"], swiftSettings: settings),

        // Layer 6: the executable
        .executableTarget(name: "postie", dependencies: ["JSON", "Transport"], swiftSettings: settings),

        // Tests
        .testTarget(name: "JSONTests", dependencies: ["JSON"], swiftSettings: settings),
        .testTarget(name: "PostmanFormatTests", dependencies: ["PostmanFormat"], swiftSettings: settings),
    ],
    swiftLanguageModes: [.v6]
)
