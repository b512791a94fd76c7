import Transport

/// The auth types this module signs, by Postman's `auth.type` name, with one entry point for the runner.
///
/// The runner's loop per request: `sign`, send, then `followUp`; on `.replay` sign again with the returned
/// parameters and resend (Postman allows at most 3 replays), and write the final parameters back to the auth so
/// later requests start from them. The types not listed here (`basic`, `bearer`, `apikey`, `oauth2`) are handled
/// by the request builder.
package enum AuthorizationScheme: String, Sendable, CaseIterable {
    case digest
    case oauth1
    case hawk
    case awsv4
    case edgegrid
    case ntlm
    case jwt
    case asap

    /// Signs `request`; the request may come back unchanged while a handshake (digest, ntlm) has not started.
    package func sign(
        _ request: HTTPRequest, parameters: AuthParameters, context: SigningContext = .live
    ) throws(AuthorizationError) -> HTTPRequest {
        switch self {
        case .digest: try DigestAuthorization.sign(request, parameters: parameters)
        case .oauth1: try OAuth1Authorization.sign(request, parameters: parameters, context: context)
        case .hawk: try HawkAuthorization.sign(request, parameters: parameters, context: context)
        case .awsv4: try AWSSignatureV4Authorization.sign(request, parameters: parameters, context: context)
        case .edgegrid: try EdgeGridAuthorization.sign(request, parameters: parameters, context: context)
        case .ntlm: NTLMAuthorization.sign(request, parameters: parameters)
        case .jwt: try JWTAuthorization.sign(request, parameters: parameters)
        case .asap: try ASAPAuthorization.sign(request, parameters: parameters, context: context)
        }
    }

    /// `sign` with the resolved parameters as a plain dictionary (Postman's parameter names as keys).
    package func sign(
        _ request: HTTPRequest, parameters: [String: String], context: SigningContext = .live
    ) throws(AuthorizationError) -> HTTPRequest {
        try sign(request, parameters: AuthParameters(parameters), context: context)
    }

    /// What to do after `response`: only digest and ntlm ever replay.
    package func followUp(
        after response: HTTPResponse, parameters: AuthParameters, context: SigningContext = .live
    ) -> AuthorizationFollowUp {
        switch self {
        case .digest: DigestAuthorization.followUp(after: response, parameters: parameters, context: context)
        case .ntlm: NTLMAuthorization.followUp(after: response, parameters: parameters, context: context)
        case .oauth1, .hawk, .awsv4, .edgegrid, .jwt, .asap: .done(parameters)
        }
    }

    /// The parameter names whose values are secrets, for the redaction set. The signed request's `Authorization`
    /// header (and, for oauth1 and awsv4 query modes, the added query parameters) are derived secrets as well.
    package var secretParameterNames: [String] {
        switch self {
        case .digest: ["password"]
        case .oauth1: ["consumerSecret", "tokenSecret", "token"]
        case .hawk: ["authKey"]
        case .awsv4: ["secretKey", "sessionToken"]
        case .edgegrid: ["clientSecret", "accessToken", "clientToken"]
        case .ntlm: ["password", "ntlmHeader"]
        case .jwt: ["secret", "privateKey"]
        case .asap: ["privateKey"]
        }
    }

    /// The non-empty secret values in `parameters`.
    package func secretValues(in parameters: AuthParameters) -> [String] {
        secretParameterNames.compactMap { parameters[$0] }
    }
}
