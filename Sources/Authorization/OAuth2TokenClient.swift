import Crypto
import Foundation
import Transport

/// Fetches OAuth 2.0 access tokens from a token endpoint (RFC 6749 §4.1.3, §4.3, §4.4 and §6), for Postman's
/// `oauth2` auth when it carries a grant configuration: client credentials, password, an authorization code the
/// user already has, or a refresh token. Newman only attaches a token it is given; this fetches and refreshes it.
package struct OAuth2TokenClient: Sendable {
    /// A grant configuration, from the auth's parameters (Postman's names).
    package struct Grant: Sendable, Hashable {
        package enum Kind: String, Sendable, Hashable {
            case clientCredentials = "client_credentials"
            case password
            case authorizationCode = "authorization_code"
            case refreshToken = "refresh_token"
        }

        package var kind: Kind
        package var tokenURL: String
        package var clientID: String
        package var clientSecret: String
        package var scope: String
        package var username: String
        package var password: String
        package var code: String
        package var redirectURI: String
        package var refreshToken: String
        /// Client credentials go in a Basic Authorization header (`header`, the default) or the form (`body`).
        package var credentialsInBody: Bool

        /// Reads Postman's oauth2 parameters; nil when they hold no grant to run (no `grant_type` or no
        /// `accessTokenUrl`), in which case only an existing `accessToken` is attached, as Newman does.
        package init?(parameters: [String: String]) {
            let type = parameters["grant_type"] ?? ""
            let kind: Kind
            switch type {
            case "client_credentials": kind = .clientCredentials
            case "password", "password_credentials": kind = .password
            case "authorization_code", "authorization_code_with_pkce": kind = .authorizationCode
            case "refresh_token": kind = .refreshToken
            default: return nil
            }
            guard let url = parameters["accessTokenUrl"], !url.isEmpty else { return nil }
            self.kind = kind
            tokenURL = url
            clientID = parameters["clientId"] ?? ""
            clientSecret = parameters["clientSecret"] ?? ""
            scope = parameters["scope"] ?? ""
            username = parameters["username"] ?? ""
            password = parameters["password"] ?? ""
            code = parameters["code"] ?? parameters["authorizationCode"] ?? ""
            redirectURI = parameters["redirect_uri"] ?? parameters["redirectUri"] ?? ""
            refreshToken = parameters["refreshToken"] ?? parameters["refresh_token"] ?? ""
            credentialsInBody = parameters["client_authentication"] == "body"
        }

        /// The values to keep out of every report.
        package var secrets: [String] { [clientSecret, password, code, refreshToken].filter { !$0.isEmpty } }
    }

    /// A token from the endpoint.
    package struct Token: Sendable, Hashable {
        package var accessToken: String
        package var tokenType: String?
        package var refreshToken: String?
        /// When it stops being valid, from `expires_in`; nil when the endpoint didn't say.
        package var expiry: Date?

        package init(accessToken: String, tokenType: String? = nil, refreshToken: String? = nil, expiry: Date? = nil) {
            self.accessToken = accessToken
            self.tokenType = tokenType
            self.refreshToken = refreshToken
            self.expiry = expiry
        }

        package func isExpired(at now: Date) -> Bool {
            expiry.map { now >= $0 } ?? false
        }
    }

    package var send: @Sendable (HTTPRequest) throws(TransportError) -> HTTPResponse
    package var now: @Sendable () -> Date

    package init(
        send: @escaping @Sendable (HTTPRequest) throws(TransportError) -> HTTPResponse,
        now: @escaping @Sendable () -> Date
    ) {
        self.send = send
        self.now = now
    }

    /// Runs the grant, or the refresh-token grant when `refreshing` holds a refresh token.
    package func fetch(_ grant: Grant, refreshing refreshToken: String? = nil) throws(AuthorizationError) -> Token {
        guard let url = URL(string: grant.tokenURL), url.scheme == "http" || url.scheme == "https" else {
            throw .invalidParameter(
                auth: "oauth2", name: "accessTokenUrl", value: grant.tokenURL, reason: "it is not an http(s) URL")
        }
        var form: [(String, String)] = []
        if let refreshToken {
            form = [("grant_type", "refresh_token"), ("refresh_token", refreshToken)]
        } else {
            form = [("grant_type", grant.kind.rawValue)]
            switch grant.kind {
            case .clientCredentials: break
            case .password: form += [("username", grant.username), ("password", grant.password)]
            case .authorizationCode:
                form.append(("code", grant.code))
                if !grant.redirectURI.isEmpty { form.append(("redirect_uri", grant.redirectURI)) }
            case .refreshToken: form.append(("refresh_token", grant.refreshToken))
            }
        }
        if !grant.scope.isEmpty { form.append(("scope", grant.scope)) }
        var request = HTTPRequest(
            method: "POST", url: url,
            headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Accept", "application/json")])
        if grant.credentialsInBody {
            form += [("client_id", grant.clientID), ("client_secret", grant.clientSecret)]
        } else if !grant.clientID.isEmpty {
            // RFC 6749 §2.3.1: the id and secret are form-encoded before the Basic header is built.
            let credentials = FormEncoding.percentEncode(grant.clientID) + ":" + FormEncoding.percentEncode(grant.clientSecret)
            request.headers.add("Authorization", "Basic " + Base64.encode(Array(credentials.utf8)))
        }
        request.body = Data(form.map { FormEncoding.percentEncode($0.0) + "=" + FormEncoding.percentEncode($0.1) }.joined(separator: "&").utf8)
        let response: HTTPResponse
        do {
            response = try send(request)
        } catch {
            throw .tokenRequestFailed(url: grant.tokenURL, reason: error.description)
        }
        let body = String(decoding: response.body, as: UTF8.self)
        guard (200..<300).contains(response.status) else {
            throw .tokenRequestFailed(
                url: grant.tokenURL, reason: "the server answered \(response.status) \(response.reason): \(body.prefix(200))")
        }
        guard let object = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any],
            let accessToken = object["access_token"] as? String, !accessToken.isEmpty
        else {
            throw .tokenRequestFailed(url: grant.tokenURL, reason: "the response has no access_token: \(body.prefix(200))")
        }
        var expiry: Date?
        if let seconds = (object["expires_in"] as? NSNumber)?.doubleValue ?? Double(object["expires_in"] as? String ?? "") {
            expiry = now().addingTimeInterval(seconds)
        }
        return Token(
            accessToken: accessToken, tokenType: object["token_type"] as? String,
            refreshToken: object["refresh_token"] as? String ?? refreshToken, expiry: expiry)
    }
}
