import Crypto
import Foundation
import Transport

/// NTLM authentication through postman-runtime's replay flow: on a 401/403 offering NTLM, replay with a
/// NEGOTIATE message; on the server's CHALLENGE, replay with an NTLMv2 AUTHENTICATE message.
///
/// Parameters use Postman's names: `username` (may carry the domain as `DOMAIN\user` or `user@domain`),
/// `password`, `domain`, `workstation`, `disableRetryRequest`; the flow keeps its own `state` and `ntlmHeader`
/// in the parameters, as Postman does. Servers that only speak NTLMv1 get a clear error, never a wrong message.
package enum NTLMAuthorization {
    /// The handshake states Postman stores in the auth's `state` parameter.
    enum State {
        static let initialized = "INITIALIZED"
        static let negotiateSent = "T1_MSG_CREATED"
        static let authenticateSent = "T3_MSG_CREATED"
    }

    /// The request with the pending NTLM message as its `Authorization` header (none before the handshake).
    package static func sign(_ request: HTTPRequest, parameters: AuthParameters) -> HTTPRequest {
        var signed = request
        signed.headers.remove("Authorization")
        if let header = parameters["ntlmHeader"] { signed.headers.add("Authorization", header) }
        return signed
    }

    /// Postman's post-response step for NTLM.
    package static func followUp(after response: HTTPResponse, parameters: AuthParameters, context: SigningContext) -> AuthorizationFollowUp {
        if parameters.isOn("disableRetryRequest") { return .done(parameters) }
        var reset = parameters
        reset.values["state"] = State.initialized
        reset.values["ntlmHeader"] = nil
        guard response.status == 401 || response.status == 403 else { return .done(reset) }

        var username = parameters["username"] ?? ""
        var domain = parameters["domain"] ?? ""
        let workstation = parameters["workstation"] ?? ""
        if domain.isEmpty { (username, domain) = splitDomain(fromUsername: username) }

        switch parameters["state"] ?? State.initialized {
        case State.initialized:
            guard offersNTLM(response.headers) else { return .done(reset) }
            var next = parameters
            next.values["ntlmHeader"] = "NTLM " + Base64.encode(NTLMMessage.negotiate(domain: domain, workstation: workstation))
            next.values["state"] = State.negotiateSent
            return .replay(next)
        case State.negotiateSent:
            guard let header = response.headers.values(for: "WWW-Authenticate").first(where: { $0.hasPrefix("NTLM ") }) else {
                return .failed(.malformedChallenge(auth: "ntlm", reason: "the server did not send an NTLM type 2 message"), reset)
            }
            do {
                let challenge = try NTLMMessage.challenge(fromHeader: header)
                let message = try NTLMMessage.authenticate(
                    challenge: challenge, username: username, password: parameters["password"] ?? "", domain: domain,
                    workstation: workstation, clientChallenge: context.randomBytes(8), timestamp: context.now())
                var next = parameters
                next.values["ntlmHeader"] = "NTLM " + Base64.encode(message)
                next.values["state"] = State.authenticateSent
                return .replay(next)
            } catch {
                return .failed(error, reset)
            }
        default:
            return .done(reset)
        }
    }

    /// A `WWW-Authenticate` of exactly `NTLM` or `Negotiate`, or a first one that mentions NTLM.
    static func offersNTLM(_ headers: HTTPHeaders) -> Bool {
        let values = headers.values(for: "WWW-Authenticate")
        return values.contains("NTLM") || values.contains("Negotiate") || (values.first?.contains("NTLM") ?? false)
    }

    /// `DOMAIN\user` or `user@domain` split as Postman does; anything else (or both forms at once) is all user.
    static func splitDomain(fromUsername username: String) -> (username: String, domain: String) {
        let downLevel = username.split(separator: "\\", omittingEmptySubsequences: false)
        let principal = username.split(separator: "@", omittingEmptySubsequences: false)
        if downLevel.count > 1, principal.count > 1 { return (username, "") }
        if downLevel.count == 2, !downLevel[0].isEmpty, !downLevel[1].isEmpty { return (String(downLevel[1]), String(downLevel[0])) }
        if principal.count == 2, !principal[0].isEmpty, !principal[1].isEmpty { return (String(principal[0]), String(principal[1])) }
        return (username, "")
    }
}
