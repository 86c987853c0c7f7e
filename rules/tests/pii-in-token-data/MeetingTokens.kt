package com.example.meetings

import com.vonage.client.VonageClient
import com.vonage.client.video.Role
import com.vonage.client.video.TokenOptions
import org.springframework.security.core.annotation.AuthenticationPrincipal
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RestController
import java.time.Duration

@RestController
class MeetingTokens(private val vonage: VonageClient, private val meetings: MeetingRepository) {

    @PostMapping("/meetings/{id}/token")
    fun token(@PathVariable id: String, @AuthenticationPrincipal user: Member): Map<String, String> {
        val meeting = meetings.findById(id).orElseThrow()
        // ruleid: pii-in-token-data
        val options = TokenOptions.builder().role(Role.PUBLISHER).data("phone=${user.mobile}").expiryLength(Duration.ofHours(2)).build()
        return mapOf("token" to vonage.videoClient.generateToken(meeting.sessionId, options))
    }

    @PostMapping("/meetings/{id}/observer-token")
    fun observerToken(@PathVariable id: String, @AuthenticationPrincipal user: Member): Map<String, String> {
        val meeting = meetings.findById(id).orElseThrow()
        // ok: pii-in-token-data
        val options = TokenOptions.builder().role(Role.SUBSCRIBER).data("member=${user.id}").build()
        return mapOf("token" to vonage.videoClient.generateToken(meeting.sessionId, options))
    }
}
