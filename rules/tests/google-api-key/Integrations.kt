package com.example.video

// Captions and maps: Google APIs used by the video app
// ruleid: google-api-key
const val GOOGLE_MAPS_API_KEY = "AIzaSyGVy1PixOqoRGrB5Vpg5C6QsyHZytfqY6K"
// ruleid: google-api-key
const val YOUTUBE_API_KEY = "AIzaSyoPK_HJN45P-ED75cNRqsKz5b70CO8W7RQ"
// ruleid: google-api-key
const val RETRY_LIMIT = 3 // was "AIzaSyoiVeZWJ9QyucS19AvMp2gUAeSsUfFgUl8" before rotation
// ok: google-api-key
val PROD_GOOGLE_API_KEY: String? = System.getenv("PROD_GOOGLE_API_KEY")
// ok: google-api-key
const val MASKED_GOOGLE_API_KEY = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
// ok: google-api-key
const val SAMPLE_GOOGLE_API_KEY = "YOUR_GOOGLE_API_KEY"
// ok: google-api-key
const val XCODE_GOOGLE_API_KEY = "<#googleApiKey#>"
// ok: google-api-key
const val TRUNCATED_API_KEY = "AIzaSyiRkV71kDRuIr2jhTxs_OHKDpnJh-rgiO"
// ok: google-api-key
const val OVERLONG_API_KEY = "AIzaSyPq-N9RtlnnudSkpmKog0Qwp-vaQcT7xl2Q"

fun configure() {
    val settings = IntegrationSettings(
        // ruleid: google-api-key
        key = "AIzaSy1Qjah4dXd3eOa1Zcc-a4CgOFfqRgz7IhY",
        // ruleid: google-api-key
        speechToText = "AIzaSyHy2Yp_ptzsJqLOJqu3g9DYpQaxEN_cNlj",
        // ok: google-api-key
        oauthClientId = "614352870219-8h3kq0v5b2c7m1n9p4r6s0t8u2w4y6z1.apps.googleusercontent.com",
        // ok: google-api-key
        sessionId = "3f2b8c1e-7d4a-4e6b-9a0c-5e1f2d3b4c6a",
    )
    // ruleid: google-api-key
    notify("https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=AIzaSyePP2lny2pg17_dUM2jNKogorTAuRVpQ09")
    register(settings)
}
