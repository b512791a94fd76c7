/// CryptoJS, written for Postie on the `Crypto` target: the global `CryptoJS` and `require('crypto-js')` (crypto-js 3.3.0).
enum CryptoJSLibrary {
    static var cryptoJS: ScriptLibrary { ScriptLibrary(fileName: "crypto-js.js", cryptoJSSource) }

    static let cryptoJSSource = ##"""
"""##
}
