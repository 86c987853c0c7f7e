import Foundation

enum Config {
    // ruleid: plain-http-rest-url
    static let tokenServerURL = "http://YOUR-SERVER-URL"
    // ok: plain-http-rest-url
    static let simulatorServerURL = "http://localhost:3000"
    // ok: plain-http-rest-url
    static let productionServerURL = "https://video-tokens.acme-corp.io"
    // ruleid: plain-http-rest-url
    static let stagingServerURL = URL(string: "http://staging.acme-corp.io/api")!
}

final class SessionService {
    func fetchCredentials(room: String) async throws -> Data {
        // ruleid: plain-http-rest-url
        let url = URL(string: "http://video-tokens.acme-corp.io/room/\(room)")!
        let (data, _) = try await URLSession.shared.data(from: url)
        return data
    }

    func archiveURL() -> URL {
        // ruleid: plain-http-rest-url
        return URL(string: "http://api.opentok.com/v2/project/45828062/archive")!
    }

    // ok: plain-http-rest-url
    let bonjourURL = "http://studio-mac.local:8080/token"
    // ok: plain-http-rest-url
    let ipv6Loopback = "http://[::1]:3000" // replaces http://old.acme-corp.io
}
