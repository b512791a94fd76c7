@testable import Authorization
import Crypto
import Foundation
import Testing
import Transport

@Suite struct NTLMAuthorizationTests {
    // [MS-NLMP] §4.2.1 common values: user "User", domain "Domain", password "Password", workstation "COMPUTER",
    // server challenge 0123456789abcdef, client challenge aa×8, time 0.
    static let serverChallenge = hexBytes("0123456789abcdef")
    static let clientChallenge = [UInt8](repeating: 0xAA, count: 8)
    // §4.2.4.1.3 / §4.2.4.3: the AV pairs MsvAvNbDomainName "Domain", MsvAvNbComputerName "Server", MsvAvEOL.
    static let targetInfo = hexBytes("02000c0044006f006d00610069006e0001000c0053006500720076006500720000000000")
    // §4.2.4.3: the CHALLENGE_MESSAGE of the NTLMv2 example.
    static let challengeHeader = "NTLM TlRMTVNTUAACAAAADAAMADgAAAAzgoriASNFZ4mrze8AAAAAAAAAACQAJABEAAAABgBwFwAAAA9TAGUAcgB2AGUAcgACAAwARABvAG0AYQBpAG4AAQAMAFMAZQByAHYAZQByAAAAAAA="
    /// FILETIME 0 (1601-01-01), as in the MS-NLMP examples.
    static let fileTimeZero = Date(timeIntervalSince1970: -11_644_473_600)

    static func hexBytes(_ hex: String) -> [UInt8] { (try? Hex.decode(hex)) ?? [] }

    // §4.2.2.1.2 NTOWFv1 and §4.2.4.1.1 NTOWFv2.
    @Test func oneWayFunctionsMatchMSNLMP() {
        #expect(Hex.encode(NTLMMessage.ntowfv1(password: "Password")) == "a4f49c406510bdcab6824ee7c30fd852")
        #expect(Hex.encode(NTLMMessage.ntowfv2(password: "Password", user: "User", domain: "Domain")) == "0c868a403bfd7a93a3001ef22ef02e3f")
    }

    // §4.2.4.2.1 LMv2 response and §4.2.4.2.2 NTProofStr (the first 16 bytes of the NTLMv2 response).
    @Test func v2ResponsesMatchMSNLMP() {
        let key = NTLMMessage.ntowfv2(password: "Password", user: "User", domain: "Domain")
        let responses = NTLMMessage.v2Responses(
            responseKey: key, serverChallenge: Self.serverChallenge, clientChallenge: Self.clientChallenge,
            timestamp: NTLMMessage.fileTime(Self.fileTimeZero), targetInfo: Self.targetInfo)
        #expect(Hex.encode(responses.lm) == "86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa")
        #expect(Hex.encode(responses.nt.prefix(16)) == "68cd0ab851e51c96aabc927bebef6a1c")
        #expect(Hex.encode(responses.nt.dropFirst(16)) == "0101000000000000" + "0000000000000000" + "aaaaaaaaaaaaaaaa"
            + "00000000" + Hex.encode(Self.targetInfo) + "00000000")
    }

    @Test func challengeMessageFromMSNLMPIsRead() throws {
        let challenge = try NTLMMessage.challenge(fromHeader: Self.challengeHeader)
        #expect(challenge == NTLMMessage.Challenge(flags: 0xE28A_8233, serverChallenge: Self.serverChallenge, targetInfo: Self.targetInfo))
    }

    // httpntlm's layout: flags a208a207 without a domain (a208b207 with one), version 5.1.2600 rev 15,
    // workstation before domain. Expected bytes were assembled independently with Python's struct module.
    static let negotiateMessages: [(domain: String, workstation: String, base64: String)] = [
        ("", "", "TlRMTVNTUAABAAAAB6IIogAAAAAoAAAAAAAAACgAAAAFASgKAAAADw=="),
        ("dom", "ws", "TlRMTVNTUAABAAAAB7IIogMAAwAqAAAAAgACACgAAAAFASgKAAAAD1dTRE9N"),
    ]

    @Test(arguments: negotiateMessages)
    func negotiateMessageMatchesHttpntlmLayout(domain: String, workstation: String, base64: String) {
        #expect(Base64.encode(NTLMMessage.negotiate(domain: domain, workstation: workstation)) == base64)
    }

    // The MS-NLMP challenge answered for User/Password/Domain on COMPUTER at time 0 with client challenge aa×8.
    // httpntlm uppercases the domain (also inside NTOWFv2); the expected message was assembled with Python.
    @Test func authenticateMessageMatchesAnIndependentAssembly() throws {
        let message = try NTLMMessage.authenticate(
            challenge: NTLMMessage.challenge(fromHeader: Self.challengeHeader), username: "User", password: "Password",
            domain: "Domain", workstation: "COMPUTER", clientChallenge: Self.clientChallenge, timestamp: Self.fileTimeZero)
        #expect(Base64.encode(message) == "TlRMTVNTUAADAAAAGAAYAGwAAABUAFQAhAAAAAwADABIAAAACAAIAFQAAAAQABAAXAAAAAAAAADYAAAABYKIogUBKAoAAAAPRABPAE0AQQBJAE4AVQBzAGUAcgBDAE8ATQBQAFUAVABFAFIAo2Tq0H6H92vvB7VV2FZLs6qqqqqqqqqqne53phFZ/hh8typxS1ZMAQEBAAAAAAAAAAAAAAAAAACqqqqqqqqqqgAAAAACAAwARABvAG0AYQBpAG4AAQAMAFMAZQByAHYAZQByAAAAAAAAAAAA")
    }

    @Test func handshakeReplaysNegotiateThenAuthenticateThenStops() {
        let context = SigningContext.fixed(seconds: -11_644_473_600)
        let start: AuthParameters = ["username": "Domain\\User", "password": "Password", "workstation": "COMPUTER"]
        let unsigned = request("GET", "http://server.example/").request

        let first = NTLMAuthorization.followUp(
            after: HTTPResponse(status: 401, headers: [("WWW-Authenticate", "Negotiate"), ("WWW-Authenticate", "NTLM")]),
            parameters: start, context: context)
        guard case let .replay(afterNegotiate) = first else {
            Issue.record("expected a replay, got \(first)")
            return
        }
        #expect(afterNegotiate["state"] == "T1_MSG_CREATED")
        #expect(NTLMAuthorization.sign(unsigned, parameters: afterNegotiate).headers["Authorization"]
            == "NTLM TlRMTVNTUAABAAAAB7IIogYABgAwAAAACAAIACgAAAAFASgKAAAAD0NPTVBVVEVSRE9NQUlO")

        let second = NTLMAuthorization.followUp(
            after: HTTPResponse(status: 401, headers: [("WWW-Authenticate", Self.challengeHeader)]), parameters: afterNegotiate, context: context)
        guard case let .replay(afterAuthenticate) = second else {
            Issue.record("expected a replay, got \(second)")
            return
        }
        #expect(afterAuthenticate["state"] == "T3_MSG_CREATED")
        #expect(afterAuthenticate["ntlmHeader"]?.hasPrefix("NTLM TlRMTVNTUAADAAAA") == true)

        let third = NTLMAuthorization.followUp(after: HTTPResponse(status: 200), parameters: afterAuthenticate, context: context)
        var reset = afterAuthenticate
        reset.values["state"] = "INITIALIZED"
        reset.values["ntlmHeader"] = nil
        #expect(third == .done(reset))
        #expect(NTLMAuthorization.sign(unsigned, parameters: reset).headers["Authorization"] == nil)
    }

    @Test func serverWithoutNTLMChallengeIsLeftAlone() {
        let parameters: AuthParameters = ["username": "User"]
        let followUp = NTLMAuthorization.followUp(
            after: HTTPResponse(status: 401, headers: [("WWW-Authenticate", "Basic realm=\"x\"")]), parameters: parameters, context: .fixed(seconds: 0))
        #expect(followUp == .done(["username": "User", "state": "INITIALIZED"]))
    }

    // A challenge without NTLMv2 target info would need DES-based NTLMv1, which Postie does not implement.
    static let badChallenges: [(header: String, message: String)] = [
        ("NTLM " + Base64.encode(hexBytes("4e544c4d5353500002000000000000000000000001820000") + hexBytes("0123456789abcdef")),
         "unsupported ntlm algorithm: NTLMv1 (the server's challenge offers no NTLMv2 target info)"),
        ("NTLM !!!", "malformed ntlm challenge: the type 2 message is not valid base64"),
        ("NTLM " + Base64.encode(Array("NTLMSSP\0".utf8) + [1, 0, 0, 0]), "malformed ntlm challenge: the type 2 message is too short or lacks the NTLMSSP signature"),
        ("Negotiate abc", "malformed ntlm challenge: the server did not send an NTLM type 2 message"),
    ]

    @Test(arguments: badChallenges)
    func unusableChallengesFailWithAClearError(header: String, message: String) {
        let parameters: AuthParameters = ["username": "User", "password": "Password", "state": "T1_MSG_CREATED", "ntlmHeader": "NTLM x"]
        let followUp = NTLMAuthorization.followUp(
            after: HTTPResponse(status: 401, headers: [("WWW-Authenticate", header)]), parameters: parameters, context: .fixed(seconds: 0))
        guard case let .failed(error, reset) = followUp else {
            Issue.record("expected a failure, got \(followUp)")
            return
        }
        #expect(error.description == message)
        #expect(reset["ntlmHeader"] == nil && reset["state"] == "INITIALIZED")
    }

    static let usernames: [(input: String, username: String, domain: String)] = [
        ("DOMAIN\\user", "user", "DOMAIN"),
        ("user@example.com", "user", "example.com"),
        ("plain", "plain", ""),
        ("a\\b@c", "a\\b@c", ""),
        ("\\user", "\\user", ""),
    ]

    @Test(arguments: usernames)
    func domainIsTakenFromTheUsernameAsPostmanDoes(input: String, username: String, domain: String) {
        let split = NTLMAuthorization.splitDomain(fromUsername: input)
        #expect(split.username == username && split.domain == domain)
    }
}
