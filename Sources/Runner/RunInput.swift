import JSON
import PostmanFormat
import Variables

/// The documents and values a run starts from.
package struct RunInput: Sendable {
    package var collection: PostmanCollection
    /// The collection's file name as the user gave it, for locations.
    package var collectionFile: String
    package var environment: PostmanEnvironment?
    package var globals: PostmanEnvironment?
    /// `--env-var k=v` and `POSTIE_ENV_k`, applied after the environment file, in order.
    package var environmentOverrides: [VariableOverride] = []
    /// `--global-var k=v` and `POSTIE_GLOBAL_k`.
    package var globalOverrides: [VariableOverride] = []
    /// One row per iteration from `-d`; empty for none.
    package var iterationData: [JSONObject] = []

    package init(collection: PostmanCollection, collectionFile: String) {
        self.collection = collection
        self.collectionFile = collectionFile
    }
}

/// A variable set from the command line or the process environment.
package struct VariableOverride: Sendable, Hashable {
    package var key: String
    /// nil for `--env-var k` with no `=`, which defines the variable with no value.
    package var value: String?
    package var isSecret: Bool

    package init(key: String, value: String?, isSecret: Bool = false) {
        self.key = key
        self.value = value
        self.isSecret = isSecret
    }
}
