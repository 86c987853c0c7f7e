package com.example.video;

import com.opentok.MediaMode;
import com.opentok.OpenTok;
import com.opentok.SessionProperties;
import com.opentok.exception.OpenTokException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@RestController
public class VideoController {
    private static OpenTok opentok = new OpenTok(Integer.parseInt(System.getenv("OT_KEY")), System.getenv("OT_SECRET"));
    private static String sessionId;
    private final Map<String, String> sessionsByRoom = new ConcurrentHashMap<>();

    static {
        try {
            sessionId = opentok.createSession(new SessionProperties.Builder().mediaMode(MediaMode.ROUTED).build()).getSessionId();
        } catch (OpenTokException e) {
            throw new IllegalStateException(e);
        }
    }

    @GetMapping("/token")
    public Map<String, String> token() throws OpenTokException {
        // ruleid: session-id-reuse
        return Map.of("token", opentok.generateToken(sessionId));
    }

    @GetMapping("/rooms/{room}/token")
    public Map<String, String> roomToken(@PathVariable String room) throws OpenTokException {
        String roomSession = sessionsByRoom.computeIfAbsent(room, r -> newSession());
        // ok: session-id-reuse
        return Map.of("token", opentok.generateToken(roomSession));
    }

    private String newSession() {
        try {
            return opentok.createSession().getSessionId();
        } catch (OpenTokException e) {
            throw new IllegalStateException(e);
        }
    }
}
