package com.example.video

import com.opentok.OpenTok
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RestController

@RestController
class VideoController(private val opentok: OpenTok) {
    private val sessionId: String = opentok.createSession().sessionId

    @GetMapping("/token")
    fun token(): Map<String, String> {
        // ruleid: session-id-reuse
        return mapOf("token" to opentok.generateToken(sessionId))
    }

    @GetMapping("/rooms/{room}/token")
    fun roomToken(@PathVariable room: String): Map<String, String> {
        val roomSession = opentok.createSession().sessionId
        // ok: session-id-reuse
        return mapOf("token" to opentok.generateToken(roomSession))
    }
}

class Call(private val opentok: OpenTok) {
    private val sessionId: String = opentok.createSession().sessionId

    // ok: session-id-reuse
    fun join(): String = opentok.generateToken(sessionId)
}
