package com.example.video

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import com.opentok.android.Session

class LobbyActivity : AppCompatActivity() {
    private var session: Session? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // ruleid: session-id-reuse
        session = Session.Builder(this, API_KEY, SESSION_ID).build()
    }

    fun joinMeeting(meetingId: String) {
        MeetingApi.credentials(meetingId) { creds ->
            // ok: session-id-reuse
            session = Session.Builder(this, creds.apiKey, creds.sessionId).build()
            session?.connect(creds.token)
        }
    }

    companion object {
        const val API_KEY = "45828062"
        const val SESSION_ID = "2_MX40NTgyODA2Mn5-MTcwMTc3NzYwMDAwMH5rb3RsaW5zZXNzaW9u"
    }
}
