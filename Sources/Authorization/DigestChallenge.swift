import Transport

/// The parameters of a `WWW-Authenticate: Digest …` challenge (RFC 7616 §3.3).
package struct DigestChallenge: Sendable, Hashable {
    package var realm: String
    package var nonce: String
    /// The qop options the server offers, in its order (`auth`, `auth-int`); empty for RFC 2069 servers.
    package var qopOptions: [String]
    package var opaque: String?
    /// The algorithm named by the server; RFC 7616 says an absent one means MD5.
    package var algorithm: String?
    package var stale: Bool

    package init(realm: String, nonce: String, qopOptions: [String] = [], opaque: String? = nil, algorithm: String? = nil, stale: Bool = false) {
        self.realm = realm
        self.nonce = nonce
        self.qopOptions = qopOptions
        self.opaque = opaque
        self.algorithm = algorithm
        self.stale = stale
    }

    /// Parses one header value that starts with `Digest ` (any case). Nil for other schemes or without a nonce.
    package static func parse(_ headerValue: String) -> DigestChallenge? {
        let trimmed = headerValue.drop { $0 == " " || $0 == "\t" }
        guard trimmed.count > 7, trimmed.prefix(7).lowercased() == "digest " else { return nil }
        let parameters = AuthParameterList.parse(trimmed.dropFirst(7))
        guard let nonce = parameters["nonce"] else { return nil }
        let qop = parameters["qop"].map { value in
            value.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        } ?? []
        return DigestChallenge(
            realm: parameters["realm"] ?? "",
            nonce: nonce,
            qopOptions: qop,
            opaque: parameters["opaque"],
            algorithm: parameters["algorithm"],
            stale: parameters["stale"]?.lowercased() == "true"
        )
    }

    /// The Digest challenge among `headers`' `WWW-Authenticate` fields, preferring one whose algorithm matches
    /// `preferredAlgorithm` (a challenge without an algorithm counts as MD5), else the first, as Postman does.
    package static func select(from headers: HTTPHeaders, preferring preferredAlgorithm: String?) -> DigestChallenge? {
        let challenges = headers.values(for: "WWW-Authenticate").compactMap(parse)
        if let preferred = preferredAlgorithm?.lowercased(), !preferred.isEmpty,
           let match = challenges.first(where: { ($0.algorithm ?? "MD5").lowercased() == preferred }) {
            return match
        }
        return challenges.first
    }
}
