import OpenTok
import UIKit

// One session ID compiled into the app: every user joins the same session.
let kLobbySessionId = "1_MX40NTgyODA2Mn5-MTcwMTc3NzYwMDAwMH5sb2JieXNlc3Npb25-fg"

struct Config {
    static let kApiKey = "45828062"
}

final class LobbyViewController: UIViewController, OTSessionDelegate {
    private var session: OTSession?

    override func viewDidLoad() {
        super.viewDidLoad()
        // ruleid: session-id-reuse
        session = OTSession(apiKey: Config.kApiKey, sessionId: kLobbySessionId, delegate: self)
    }

    func join(meeting: Meeting) {
        MeetingAPI.shared.credentials(for: meeting.id) { [weak self] creds in
            guard let self = self else { return }
            // ok: session-id-reuse
            self.session = OTSession(apiKey: creds.apiKey, sessionId: creds.sessionId, delegate: self)
        }
    }

    func sessionDidConnect(_ session: OTSession) {}
    func sessionDidDisconnect(_ session: OTSession) {}
    func session(_ session: OTSession, didFailWithError error: OTError) {}
    func session(_ session: OTSession, streamCreated stream: OTStream) {}
    func session(_ session: OTSession, streamDestroyed stream: OTStream) {}
}
