package com.acme.video

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import com.opentok.android.Session

class MainActivity : AppCompatActivity() {
    companion object {
        const val API_KEY = "45828062"
        // ruleid: hardcoded-session-id
        const val SESSION_ID = "2_MX40NzE5MzM1NX5-MTc2NDAwMDAwMDAwMH4yaHBDaFlnQ2ZyTDFzcE54bnlWbWloQS9-"
        // ok: hardcoded-session-id
        const val PLACEHOLDER_SESSION_ID = ""
    }

    private var session: Session? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // ruleid: hardcoded-session-id
        session = Session.Builder(this, API_KEY, "2_MX40NjI4NDkxN35-MTc2NDE3MjgwMDQ1Nn5GWVkva3Y1WkpyM0oxVFdEdGt3dEREYit-").build()
    }

    fun join(creds: Credentials) {
        // ok: hardcoded-session-id
        session = Session.Builder(this, creds.apiKey, creds.sessionId).build()
        session?.connect(creds.token)
    }

    // ok: hardcoded-session-id
    private val notASession = "1_MX4fjgVvVqE1SkHbn88HxjSI6bWHtP3fS2qHx6kwXoIIXGv"
    // ok: hardcoded-session-id
    private val fromIntent = intent.getStringExtra("sessionId") // e.g. '1_MX40NjI4NDkxN34yMDMuMC4xMTMuN35XZWQgT2N0IDA3IDE2OjQ1OjEzIFBEVCAyMDI2flJJQlh1REw3RHh0cFlsU1hwZkt0SEY0dn5Q'
}
