package com.example.clinic.video

import com.opentok.OpenTok

object VideoConfig {
    const val API_KEY = 45828062

    // ruleid: vonage-api-secret
    const val API_SECRET = "35a1b1ae5ee124f073b36ae957e705320df37208"

    // ruleid: vonage-api-secret
    val opentok = OpenTok(API_KEY, "eb95a8fef257bc678fd0de7a996f58f18577c514")

    // ruleid: vonage-api-secret
    private val opentokSecret: String = "992cbec8ad5dcbb9a03e2d7f15041f706d1041c4"

    // ruleid: vonage-api-secret
    const val NEXMO_API_SECRET = "qs9YlSyHZ7lsdrok"

    // ok: vonage-api-secret
    val liveOpentok = OpenTok(API_KEY, System.getenv("OPENTOK_API_SECRET"))

    // ok: vonage-api-secret
    const val PLACEHOLDER_SECRET = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

    // ok: vonage-api-secret
    const val TODO_SECRET = "YOUR_API_SECRET_HERE"

    // ok: vonage-api-secret
    const val GIT_REVISION = "880e860c9321467db94d85b9bee8171a802de2a1"

    // ok: vonage-api-secret
    val lastCommitHash = "cbc1d7a2bf2f394777caa88b30d0cba186112728"

    // ok: vonage-api-secret
    val deviceId = "0c0b6596f6dde0fc6ac8a85a3c6bf48a2827db34"

    // ok: vonage-api-secret
    val timezone = "UTC" // apiSecret = "032c9341e8352cae0b1434bd6d908e5269387972"
}
