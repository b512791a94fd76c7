/// A query inside a filter, relative to `@` or absolute from `$`.
struct FilterQuery: Sendable {
    var isRelative: Bool
    var segments: [Segment]

    var isSingular: Bool { segments.allSatisfy(\.isSingular) }
}
