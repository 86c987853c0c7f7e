package com.acme.video

import androidx.appcompat.app.AppCompatActivity
import com.opentok.android.Session

class MainActivity : AppCompatActivity() {
    companion object {
        const val API_KEY = "45828062"
        // ruleid: shared-client-token
        const val TOKEN = "T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9ODZlNGQzY2VhMjdkMjY5MzRiNDg0ZTczY2Y1NzVkY2FkNmJhMmIwYTpzZXNzaW9uX2lkPTFfTVg0ME5qSTRORGt4TjM0eU1ETXVNQzR4TVRNdU4zNVhaV1FnVDJOMElEQTNJREUyT2pRMU9qRXpJRkJFVkNBeU1ESTJmbEpKUWxoMVJFdzNSSGgwY0Zsc1UxaHdaa3QwU0VZMGRuNVEmY3JlYXRlX3RpbWU9MTc2NDAwMDAwMCZyb2xlPXN1YnNjcmliZXImbm9uY2U9MC44NzcwNjU4OSZleHBpcmVfdGltZT0xNzY0MDg2NDAw"
        // ok: shared-client-token
        const val PLACEHOLDER_TOKEN = ""
    }

    private var session: Session? = null

    fun connectDemo() {
        // ruleid: shared-client-token
        session?.connect("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDA4NjQwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMV9NWDQwTlRneU9EQTJNbjUtVFc5dUlFNXZkaUF5TXlBeE1Eb3dNVG93TWlCUVUxUWdNakF5Tm41MU9HcDZVR1JsTUVsbmVFeGtOa2R1WTJaQ1FXVndaa3AtVUEiLCJyb2xlIjoicHVibGlzaGVyIiwibm9uY2UiOiIxMzc0ODQ3NzcxODMifQ.nyvyCJTqJ-aJxmtrJi5IhrhDjzm6dv74yQxRAfvmz5o")
    }

    fun connect(creds: Credentials) {
        // ok: shared-client-token
        session?.connect(creds.token)
    }

    // ok: shared-client-token
    private val googleIdToken = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20iLCJhdWQiOiIxMjM0OTg3ODE5MjAwLmFwcHMuZ29vZ2xldXNlcmNvbnRlbnQuY29tIiwic3ViIjoiMTA3NjkxNTAzNTAwMDYxNTA3MTUxIiwiZW1haWwiOiJqc21pdGhAZXhhbXBsZS5jb20iLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMzYwMH0.p9G-Xp8naBD99yDQM8pPLlPLitGRndUan7bU1Qm6ZMjPaAPeUNg6Ls-661NCBxpIyy29V0qykVJXIjfE-2WaQA"
}
