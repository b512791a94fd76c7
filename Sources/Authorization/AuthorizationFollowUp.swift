/// What a handshake auth type (digest, ntlm) asks the runner to do after a response, with the parameters to keep
/// for the next signing (Postman writes them back into the auth definition).
package enum AuthorizationFollowUp: Sendable, Equatable {
    /// Replay the request, signed with these parameters.
    case replay(AuthParameters)
    /// Keep the response.
    case done(AuthParameters)
    /// Keep the response and report the error (Newman prints it as a warning); the parameters are reset.
    case failed(AuthorizationError, AuthParameters)
}
