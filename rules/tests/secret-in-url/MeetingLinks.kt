package com.example.video

import android.net.Uri
import okhttp3.FormBody
import okhttp3.Request

object MeetingLinks {
    fun share(sessionId: String, token: String): Uri =
        Uri.parse("https://meet.example.com/join").buildUpon()
            // ok: secret-in-url
            .appendQueryParameter("sessionId", sessionId)
            // ruleid: secret-in-url
            .appendQueryParameter("token", token)
            .build()

    // ruleid: secret-in-url
    fun legacy(sessionId: String, token: String) = "https://meet.example.com/join?sessionId=$sessionId&token=$token"

    fun verify(token: String): Request =
        Request.Builder()
            .url("https://auth.example.com/verify")
            // ok: secret-in-url
            .post(FormBody.Builder().add("token", token).build())
            .build()
}
