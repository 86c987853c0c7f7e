import OpenTok
import UIKit
import os

final class CallViewController: UIViewController {
    private var session: OTSession?
    private let api = MeetingAPI()
    var meetingId = ""

    override func viewDidLoad() {
        super.viewDidLoad()
        api.credentials(for: meetingId) { [weak self] creds in
            guard let self = self else { return }
            // ruleid: credential-logged
            print("joining with token \(creds.token)")
            // ok: credential-logged
            print("joining session \(creds.sessionId)")
            // ok: credential-logged
            NSLog("token has %d characters", creds.token.count)
            self.connect(creds)
        }
    }

    private func connect(_ creds: Credentials) {
        let clientToken = creds.token
        // ruleid: credential-logged
        NSLog("connecting with %@", clientToken)
        session = OTSession(apiKey: creds.apiKey, sessionId: creds.sessionId, delegate: self)
        var error: OTError?
        session?.connect(withToken: clientToken, error: &error)
    }
}
