import Foundation

// postie-benchmarks [section…]: prints figures as ratios against baselines measured in the same run.
// Sections: run, load, startup, scripts, libraries, variables, jsonpath, crypto, javascript (default: all). `load <file>` is the child mode
// LoadBenchmarks uses; `phases <file>` breaks loading down; `generate <count> <file>` writes a collection.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "generate", arguments.count == 3, let count = Int(arguments[1]) {
    try Data(BenchmarkCollections.make(requestCount: count, exampleBytes: 3_600).utf8).write(to: URL(fileURLWithPath: arguments[2]))
    exit(0)
}
if arguments.first == "scripts-child", arguments.count == 2 {
    try ScriptBenchmarks.child(arguments[1])
    exit(0)
}
if arguments.first == "phases", arguments.count == 2 {
    try LoadPhases.run(arguments[1])
    exit(0)
}
if arguments.first == "load", arguments.count == 2 {
    try LoadBenchmarks.child(arguments[1])
    exit(0)
}
let sections =
    arguments.isEmpty
    ? ["run", "load", "startup", "scripts", "libraries", "variables", "jsonpath", "crypto", "javascript"] : arguments
for section in sections {
    switch section {
    case "run": try RunBenchmarks.run()
    case "load": try LoadBenchmarks.run()
    case "startup": try StartupBenchmarks.run()
    case "scripts": try ScriptBenchmarks.run()
    case "libraries": LibraryBenchmarks.run()
    case "variables": VariablesBenchmarks.run()
    case "jsonpath": JSONPathBenchmarks.run()
    case "crypto": CryptoBenchmarks.run()
    case "javascript": JavaScriptBenchmarks.run()
    default:
        FileHandle.standardError.write(
            Data("unknown section '\(section)'; use run, load, startup, scripts, libraries, variables, jsonpath, crypto or javascript\n".utf8))
        exit(2)
    }
    print()
}
