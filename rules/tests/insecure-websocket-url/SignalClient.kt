package com.acme.video.signal

import okhttp3.OkHttpClient
import okhttp3.Request

object SignalClient {
    // ruleid: insecure-websocket-url
    const val SIGNAL_URL = "ws://signal.acme-corp.io/rooms"
    // ok: insecure-websocket-url
    const val SIGNAL_URL_TLS = "wss://signal.acme-corp.io/rooms"
    // ok: insecure-websocket-url
    const val EMULATOR_URL = "ws://10.0.2.2:8080/rooms"

    // ruleid: insecure-websocket-url
    val request: Request = Request.Builder().url("ws://chat.acme-corp.io/socket").build()

    fun urlFor(host: String): String {
        // ok: insecure-websocket-url
        return "ws://$host/rooms"
    }

    val client = OkHttpClient()
}
