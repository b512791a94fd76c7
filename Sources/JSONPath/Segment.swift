/// One segment of a query: `[…]`/`.name` (child) or `..[…]`/`..name` (descendant), with its selectors in order.
struct Segment: Sendable {
    var isDescendant: Bool
    var selectors: [Selector]

    /// True when the segment selects at most one node: a child segment with one name or index selector.
    var isSingular: Bool {
        guard !isDescendant, selectors.count == 1 else { return false }
        switch selectors[0] {
        case .name, .index: return true
        default: return false
        }
    }
}
