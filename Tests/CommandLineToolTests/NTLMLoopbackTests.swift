import Crypto
import Foundation
import MockServer
import TestSupport
import Testing

@testable import CommandLineTool

/// NTLM over loopback with the real URLSession: the server answers the bare request with `WWW-Authenticate:
/// NTLM`, the NEGOTIATE message with a CHALLENGE carrying target info, and checks the AUTHENTICATE message's
/// NTLMv2 proof with its own MS-NLMP §3.3.2 computation from the password, so the test doesn't trust the code
/// it tests.
@Suite struct NTLMLoopbackTests {
    static let user = "Ada", domain = "POSTIE", password = "Sup3r-Secret!"
    static let serverChallenge: [UInt8] = [0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF]

    static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    static func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }
    static func utf16LE(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
    static func read16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    static func read32(_ bytes: [UInt8], _ at: Int) -> Int { read16(bytes, at) | read16(bytes, at + 2) << 16 }

    /// CHALLENGE_MESSAGE: unicode, NTLM, extended session security and target info (MsvAvNbDomainName, EOL).
    static var challengeMessage: [UInt8] {
        let name = utf16LE(domain)
        let targetInfo = le16(2) + le16(name.count) + name + le16(0) + le16(0)
        let flags = 0x0000_0001 | 0x0000_0004 | 0x0000_0200 | 0x0008_0000 | 0x0080_0000
        var message = Array("NTLMSSP\0".utf8) + le32(2)
        message += le16(name.count) + le16(name.count) + le32(48)
        message += le32(flags) + serverChallenge + [UInt8](repeating: 0, count: 8)
        message += le16(targetInfo.count) + le16(targetInfo.count) + le32(48 + name.count)
        return message + name + targetInfo
    }

    /// Whether an AUTHENTICATE_MESSAGE proves knowledge of the password for `user` in `domain`.
    static func proves(_ message: [UInt8]) -> Bool {
        guard message.count >= 64, Array(message[0..<8]) == Array("NTLMSSP\0".utf8), read32(message, 8) == 3 else {
            return false
        }
        func field(_ at: Int) -> [UInt8]? {
            let length = read16(message, at), offset = read32(message, at + 4)
            guard offset + length <= message.count else { return nil }
            return Array(message[offset..<offset + length])
        }
        guard let nt = field(20), nt.count > 16, let userBytes = field(36), userBytes == utf16LE(user),
              let domainBytes = field(28), domainBytes == utf16LE(domain)
        else { return false }
        let key = HMAC<MD5>.authenticationCode(
            for: utf16LE(user.uppercased() + domain), key: MD4.hash(utf16LE(password)))
        let blob = Array(nt[16...])
        return HMAC<MD5>.authenticationCode(for: serverChallenge + blob, key: key) == Array(nt[0..<16])
    }

    static func handle(_ request: ServerRequest) -> ServerResponse {
        guard let authorization = request.headers["Authorization"], authorization.hasPrefix("NTLM "),
              let message = try? Base64.decode(String(authorization.dropFirst(5)), padding: .optional),
              message.count >= 12
        else {
            return ServerResponse(status: 401, headers: [("WWW-Authenticate", "NTLM")], body: Data("sign in".utf8))
        }
        switch read32(message, 8) {
        case 1:
            let challenge = Base64.encode(challengeMessage)
            return ServerResponse(status: 401, headers: [("WWW-Authenticate", "NTLM " + challenge)], body: Data())
        case 3 where proves(message):
            return .json(#"{"ok": true}"#)
        default:
            return .json(status: 403, #"{"error": "bad NTLM proof"}"#)
        }
    }

    func run(password: String) throws -> ToolRun {
        let server = try HTTPServer(handler: Self.handle)
        server.start()
        defer { server.stop() }
        let collection = """
            {"info": {"name": "NTLM", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "auth": {"type": "ntlm", "ntlm": [{"key": "username", "value": "\(Self.user)"},
                      {"key": "password", "value": "\(password)"}, {"key": "domain", "value": "\(Self.domain)"}]},
             "item": [{"name": "Protected", "request": "\(server.baseURL)/protected"}]}
            """
        let file = Fixtures.temporaryDirectory().appendingPathComponent("ntlm.json")
        try Data(collection.utf8).write(to: file)
        return ToolHarness.run(["run", file.path, "--assert", "status == 200", "--verbose"])
    }

    @Test func handshakeCompletesAndTheServerAcceptsTheProof() throws {
        let run = try run(password: Self.password)
        #expect(run.exitCode == .success, "\(run.standardOutput)")
        #expect(!run.standardOutput.contains(Self.password))
    }

    @Test func aWrongPasswordIsRefusedByTheServer() throws {
        let run = try run(password: "wrong")
        #expect(run.exitCode == .failure)
        #expect(run.standardOutput.contains("403"), "\(run.standardOutput)")
    }
}
