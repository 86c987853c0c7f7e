import Foundation
import OpenTok

// Client-side configuration of the iOS video app.
struct Config {
    static let kApiKey = "45828062"

    // ruleid: vonage-api-secret
    static let kApiSecret = "6cfa2319c43ea0262b42837f6fc2858e9717c2b6"

    // ruleid: vonage-api-secret
    static let opentokSecret: String = "d18526dbf13d45c7f0e2ff92566d3d69862c12cf"

    // ok: vonage-api-secret
    static let kPlaceholderSecret = "<#apisecret#>"

    // ok: vonage-api-secret
    static let kEmptySecret = ""

    // ok: vonage-api-secret
    static let kBuildSHA = "880e860c9321467db94d85b9bee8171a802de2a1"

    // ok: vonage-api-secret
    static let kSecretFromEnvironment = ProcessInfo.processInfo.environment["OPENTOK_API_SECRET"] ?? ""

    // ok: vonage-api-secret
    static let kDeviceFingerprint = "cbc1d7a2bf2f394777caa88b30d0cba186112728"

    // ok: vonage-api-secret
    static let kSessionId = "" // kApiSecret = "032c9341e8352cae0b1434bd6d908e5269387972"
}

func listArchives(request: inout URLRequest) {
    // ruleid: vonage-api-secret
    request.setValue("45828062:45cf469fe7e24be007b8bd4b2ecd2f53f6455acb", forHTTPHeaderField: "X-TB-PARTNER-AUTH")
    // ok: vonage-api-secret
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
}
