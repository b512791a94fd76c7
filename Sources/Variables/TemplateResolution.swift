/// The text a template resolved to, and the tokens still in it.
package struct TemplateResolution: Sendable, Hashable {
    /// The resolved text; unresolved tokens are kept literally, as Newman sends them.
    package var text: String
    /// Every `{{…}}` token left in `text`, left to right.
    package var unresolved: [UnresolvedVariable]

    package init(text: String, unresolved: [UnresolvedVariable] = []) {
        self.text = text
        self.unresolved = unresolved
    }
}
