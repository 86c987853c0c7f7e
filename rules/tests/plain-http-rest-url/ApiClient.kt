package com.acme.video.net

import okhttp3.OkHttpClient
import retrofit2.Retrofit

object ApiClient {
    // ruleid: plain-http-rest-url
    const val BASE_URL = "http://YOUR-SERVER-URL"
    // ok: plain-http-rest-url
    const val EMULATOR_BASE_URL = "http://10.0.2.2:3000"
    // ok: plain-http-rest-url
    const val PROD_BASE_URL = "https://video-tokens.acme-corp.io"
    // ruleid: plain-http-rest-url
    private const val LAN_BASE_URL = "http://192.168.1.20:3000"

    val retrofit: Retrofit = Retrofit.Builder()
        // ruleid: plain-http-rest-url
        .baseUrl("http://video-tokens.acme-corp.io/")
        .client(OkHttpClient())
        .build()

    fun sessionUrl(host: String, room: String): String {
        // ok: plain-http-rest-url
        return "http://$host/room/$room"
    }

    // ruleid: plain-http-rest-url
    val archiveStatus = "http://api.opentok.com/v2/project/45828062/archive"
    // ok: plain-http-rest-url
    val androidNs = "http://schemas.android.com/apk/res/android"
}
