import OpenTok
import UIKit

enum Keys {
    static let apiKey = "45828062"
    static let sessionId = "1_MX40NTgyODA2Mn5-MTcwMTc3NzYwMDAwMH5zd2lmdGVudW1zZXNzaW9u"
}

struct Demo {
    static let placeholderSession = "SESSION_ID_FROM_YOUR_SERVER"
}

final class RoomViewController: UIViewController, OTSessionDelegate {
    private var session: OTSession?
    var room: Room!

    override func viewDidLoad() {
        super.viewDidLoad()
        // ruleid: session-id-reuse
        session = OTSession(apiKey: Keys.apiKey, sessionId: Keys.sessionId, delegate: self)
    }

    func rejoin() {
        // ok: session-id-reuse
        session = OTSession(apiKey: Keys.apiKey, sessionId: Demo.placeholderSession, delegate: self)
        // ok: session-id-reuse
        session = OTSession(apiKey: Keys.apiKey, sessionId: room.sessionId, delegate: self)
    }

    func sessionDidConnect(_ session: OTSession) {}
    func sessionDidDisconnect(_ session: OTSession) {}
    func session(_ session: OTSession, didFailWithError error: OTError) {}
    func session(_ session: OTSession, streamCreated stream: OTStream) {}
    func session(_ session: OTSession, streamDestroyed stream: OTStream) {}
}
