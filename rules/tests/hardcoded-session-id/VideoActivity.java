package com.acme.video;

import android.app.Activity;
import android.os.Bundle;
import com.opentok.android.Session;

public class VideoActivity extends Activity {
    private static final String API_KEY = "45828062";
    // ruleid: hardcoded-session-id
    private static final String SESSION_ID = "1_MX40NTgyODA2Mn5-VGh1IERlYyAwMyAxODozMDowMCBQU1QgMjAyNn5QS1IwQ3NUeTRRd2I4RHdrTmhGZG5Yc2l-UA";
    // ok: hardcoded-session-id
    private static final String TOKEN_SERVER_SESSION = "YOUR_SESSION_ID";

    private Session session;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        // ruleid: hardcoded-session-id
        session = new Session.Builder(this, API_KEY, "1_MX40NTgyODA2Mn5-TW9uIE5vdiAyMyAxMDowMTowMiBQU1QgMjAyNn51OGp6UGRlMElneExkNkduY2ZCQWVwZkp-UA").build();
    }

    void join(Credentials creds) {
        // ok: hardcoded-session-id
        session = new Session.Builder(this, creds.apiKey, creds.sessionId).build();
        session.connect(creds.token);
    }

    // ok: hardcoded-session-id
    private static final String SHORT = "1_MX40NTgyODA2Mn5-TW9uIE5vdiAy";
    // ok: hardcoded-session-id
    private final String fromEnv = System.getenv("OPENTOK_SESSION_ID"); // '2_MX43MzAxOTQ4Mn5-MTc2NDA4NjQwMDEyM341S2pwMXZSdCsxZmpPUlMvNmlsSThpaE5-'
}
