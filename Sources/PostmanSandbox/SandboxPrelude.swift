/// The JavaScript half of the sandbox: `pm`, chai's `expect` with chai-postman, `console` and the legacy API,
/// written for Postie and evaluated once per realm on top of the native `__host` object.
///
/// The source is one function, split across files by concern; `source` puts the parts back in order.
enum SandboxPrelude {
    static var source: String {
        [opening, rendering, chai, chaiAssertions, chaiPostman, postmanObjects, scriptGlobals].joined()
    }

    /// The start of the function that wraps the prelude, so nothing but `__host` leaks into the global scope.
    static let opening = ##"""
// Postie's script sandbox, in JavaScript: pm, chai's expect with chai-postman, console and the legacy API.
// The host object __host is provided by Swift; everything else is defined here, once per realm.
(function (global, host) {
  'use strict';

"""##
}
