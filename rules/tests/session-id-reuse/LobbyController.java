package com.example.video;

import com.opentok.OpenTok;
import com.opentok.exception.OpenTokException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LobbyController {
    private final OpenTok opentok = new OpenTok(Integer.parseInt(System.getenv("OT_KEY")), System.getenv("OT_SECRET"));
    private final String lobbySessionId = createLobby();

    @GetMapping("/lobby/token")
    public String lobbyToken() throws OpenTokException {
        // ruleid: session-id-reuse
        return opentok.generateToken(lobbySessionId);
    }

    private String createLobby() {
        try {
            return opentok.createSession().getSessionId();
        } catch (OpenTokException e) {
            throw new IllegalStateException(e);
        }
    }
}

// One Meeting object per meeting: its session is that meeting's own.
class Meeting {
    private final OpenTok opentok;
    private final String sessionId;

    Meeting(OpenTok opentok) throws OpenTokException {
        this.opentok = opentok;
        this.sessionId = opentok.createSession().getSessionId();
    }

    String join() throws OpenTokException {
        // ok: session-id-reuse
        return opentok.generateToken(sessionId);
    }
}
