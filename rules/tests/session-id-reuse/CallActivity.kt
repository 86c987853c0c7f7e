package com.example.video

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import com.opentok.android.Session

class CallActivity : AppCompatActivity() {
    private val API_KEY = "45828062"
    // The same session ID for every instance of the activity: a constant.
    private val SESSION_ID = "2_MX40NTgyODA2Mn5-MTcwMTc3NzYwMDAwMH5hY3Rpdml0eWZpZWxk"
    private var session: Session? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // ruleid: session-id-reuse
        session = Session.Builder(this, API_KEY, SESSION_ID).build()
    }
}

class MeetingActivity : AppCompatActivity() {
    private var meetingSessionId = "2_MX40NTgyODA2Mn5-MTcwMTc3NzYwMDAwMH5wbGFjZWhvbGRlcg"
    private var session: Session? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        meetingSessionId = intent.getStringExtra("sessionId") ?: return
    }

    fun connect() {
        // ok: session-id-reuse
        session = Session.Builder(this, "45828062", meetingSessionId).build()
    }
}
