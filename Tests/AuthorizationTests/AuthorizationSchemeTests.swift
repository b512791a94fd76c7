import Authorization
import Testing
import Transport

@Suite struct AuthorizationSchemeTests {
    @Test func schemesAreNamedAsInPostmanCollections() {
        #expect(AuthorizationScheme.allCases.map(\.rawValue) == ["digest", "oauth1", "hawk", "awsv4", "edgegrid", "ntlm", "jwt", "asap"])
        #expect(AuthorizationScheme(rawValue: "inherit") == nil)
    }

    // The RFC 7616 SHA-256 example again, through the dispatcher.
    @Test func signDispatchesToTheScheme() throws {
        let parameters: AuthParameters = [
            "username": "Mufasa", "password": "Circle of Life", "realm": "http-auth@example.org",
            "nonce": "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "clientNonce": "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
            "nonceCount": "00000001", "qop": "auth", "algorithm": "SHA-256",
        ]
        let signed = try AuthorizationScheme.digest.sign(request("GET", "http://www.example.org/dir/index.html").request, parameters: parameters)
        #expect(signed.headers["Authorization"]?.contains("response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\"") == true)
    }

    // The Hawk README example, from a plain dictionary as the runner resolves it.
    @Test func plainDictionaryParametersAreAccepted() throws {
        let parameters = [
            "authId": "dh37fgj492je", "authKey": "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn", "algorithm": "sha256",
            "timestamp": "1353832234", "nonce": "j4h3g2", "extraData": "some-app-ext-data",
        ]
        let signed = try AuthorizationScheme.hawk.sign(request("GET", "http://example.com:8000/resource/1?b=1&a=2").request, parameters: parameters)
        #expect(signed.headers["Authorization"]?.hasSuffix("mac=\"6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=\"") == true)
    }

    @Test func signingSchemesNeverReplay() {
        let parameters: AuthParameters = ["authId": "id"]
        for scheme in [AuthorizationScheme.oauth1, .hawk, .awsv4, .edgegrid] {
            #expect(scheme.followUp(after: HTTPResponse(status: 401), parameters: parameters) == .done(parameters))
        }
    }

    @Test func secretsAreListedForRedaction() {
        let parameters: AuthParameters = ["accessKey": "AKID", "secretKey": "s3cr3t", "sessionToken": ""]
        #expect(AuthorizationScheme.awsv4.secretValues(in: parameters) == ["s3cr3t"])
        #expect(AuthorizationScheme.oauth1.secretParameterNames == ["consumerSecret", "tokenSecret", "token"])
    }
}
