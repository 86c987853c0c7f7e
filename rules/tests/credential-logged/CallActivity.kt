package com.example.video

import android.os.Bundle
import android.util.Log
import androidx.appcompat.app.AppCompatActivity
import com.opentok.android.Session

class CallActivity : AppCompatActivity() {
    private var session: Session? = null
    private val api = MeetingApi()

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val meetingId = intent.getStringExtra(EXTRA_MEETING) ?: return finish()
        api.credentials(meetingId) { creds ->
            val token = creds.token
            // ruleid: credential-logged
            Log.d(TAG, "token: $token")
            // ok: credential-logged
            Log.d(TAG, "session: ${creds.sessionId}")
            // ok: credential-logged
            Log.i(TAG, "token length ${token.length}")
            session = Session.Builder(this, creds.apiKey, creds.sessionId).build()
            session?.connect(token)
        }
    }

    companion object {
        private const val TAG = "CallActivity"
        const val EXTRA_MEETING = "meeting"
    }
}
