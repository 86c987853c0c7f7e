package com.example.video;

import android.app.Activity;
import android.os.Bundle;
import com.opentok.android.Session;

public class CallActivity extends Activity {
    private String apiKey = "45828062";
    private String sessionId = "1_MX40NTgyODA2Mn5-MTcwMTc3NzYwMDAwMH5qYXZhYWN0aXZpdHk";
    private String roomSessionId = "";
    private Session session;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        // ruleid: session-id-reuse
        session = new Session.Builder(this, apiKey, sessionId).build();
    }

    void join(Room room) {
        roomSessionId = room.getSessionId();
    }

    void reconnect() {
        // ok: session-id-reuse
        session = new Session.Builder(this, apiKey, roomSessionId).build();
    }
}
