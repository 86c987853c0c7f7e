package com.example.video

import com.vonage.client.VonageClient
import com.vonage.client.video.Role
import com.vonage.client.video.TokenOptions
import java.time.Duration

class VonageTokens(private val vonage: VonageClient) {
    fun monthLong(sessionId: String): String {
        // ruleid: token-expiry-too-long
        val options = TokenOptions.builder().role(Role.PUBLISHER).expiryLength(Duration.ofDays(30)).build()
        return vonage.videoClient.generateToken(sessionId, options)
    }

    fun twoHours(sessionId: String): String {
        // ok: token-expiry-too-long
        val options = TokenOptions.builder().role(Role.SUBSCRIBER).expiryLength(Duration.ofHours(2)).build()
        return vonage.videoClient.generateToken(sessionId, options)
    }
}
