import Alamofire
import Foundation
import OpenTok

final class InsecureTokenService: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        // ruleid: tls-verification-disabled
        completionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!))
    }
}

final class PinnedTokenService: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let serverTrust = challenge.protectionSpace.serverTrust,
              SecTrustEvaluateWithError(serverTrust, nil) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        // ok: tls-verification-disabled
        completionHandler(.useCredential, URLCredential(trust: serverTrust))
    }
}

final class VideoSessionLoader {
    // ruleid: tls-verification-disabled
    let insecureSession = Session(serverTrustManager: ServerTrustManager(evaluators: ["video.api.vonage.com": DisabledTrustEvaluator()]))

    // ok: tls-verification-disabled
    let pinnedSession = Session(serverTrustManager: ServerTrustManager(evaluators: ["video.api.vonage.com": PinnedCertificatesTrustEvaluator()]))

    // ruleid: tls-verification-disabled
    let legacyPolicies: [String: ServerTrustPolicy] = ["token.example-video.com": .disableEvaluation]

    // ok: tls-verification-disabled
    let strictPolicies: [String: ServerTrustPolicy] = ["token.example-video.com": .performDefaultEvaluation(validateHost: true)]

    func configure(policy: AFSecurityPolicy) {
        // ruleid: tls-verification-disabled
        policy.allowInvalidCertificates = true
        // ruleid: tls-verification-disabled
        policy.validatesDomainName = false
        // ok: tls-verification-disabled
        policy.allowInvalidCertificates = false
        // ok: tls-verification-disabled
        policy.validatesDomainName = true
        // ok: tls-verification-disabled
        print("Do not ship allowInvalidCertificates = true or DisabledTrustEvaluator")
    }

    func connect(apiKey: String, sessionId: String, token: String) {
        let session = OTSession(apiKey: apiKey, sessionId: sessionId, delegate: nil)
        var error: OTError?
        session?.connect(withToken: token, error: &error)
    }
}
