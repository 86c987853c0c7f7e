import UIKit
import OpenTok

// ruleid: hardcoded-session-id
let kSessionId = "1_MX40NTgyODA2Mn5-TW9uIE5vdiAyMyAxMDowMTowMiBQU1QgMjAyNn51OGp6UGRlMElneExkNkduY2ZCQWVwZkp-UA"
// ok: hardcoded-session-id
let kPlaceholderSessionId = "<#sessionId#>"
// ok: hardcoded-session-id
let kEmptySessionId = ""

class ViewController: UIViewController {
    // ruleid: hardcoded-session-id
    var demoSessionId = "1_MX40NTgyODA2Mn5-VGh1IERlYyAwMyAxODozMDowMCBQU1QgMjAyNn5QS1IwQ3NUeTRRd2I4RHdrTmhGZG5Yc2l-UA"
    var session: OTSession?

    override func viewDidLoad() {
        super.viewDidLoad()
        // ruleid: hardcoded-session-id
        session = OTSession(apiKey: "45828062", sessionId: "2_MX40NjI4NDkxN35-MTc2NDE3MjgwMDQ1Nn5GWVkva3Y1WkpyM0oxVFdEdGt3dEREYit-", delegate: self)
    }

    func join(meeting: MeetingCredentials) {
        // ok: hardcoded-session-id
        session = OTSession(apiKey: meeting.apiKey, sessionId: meeting.sessionId, delegate: self)
        var error: OTError?
        session?.connect(withToken: meeting.token, error: &error)
    }

    // ok: hardcoded-session-id
    let brokenId = "1_MX4fjgVvVqE1SkHbn88HxjSI6bWHtP3fS2qHx6kwXoIIXGv" // not '2_MX40NzE5MzM1NX5-MTc2NDAwMDAwMDAwMH4yaHBDaFlnQ2ZyTDFzcE54bnlWbWloQS9-'
}
