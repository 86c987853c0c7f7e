package com.example.video;

import com.opentok.OpenTok;
import com.opentok.exception.OpenTokException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

// A Spring controller is a singleton: an instance field initialised once is
// shared by every request the app serves.
@RestController
public class SpringTokenController {
    private final OpenTok opentok;
    private final String sessionId;

    public SpringTokenController(OpenTok opentok) throws OpenTokException {
        this.opentok = opentok;
        this.sessionId = opentok.createSession().getSessionId();
    }

    @GetMapping("/token")
    public String token() throws OpenTokException {
        // ruleid: session-id-reuse
        return opentok.generateToken(sessionId);
    }

    @GetMapping("/meetings/new/token")
    public String meetingToken() throws OpenTokException {
        String meetingSession = opentok.createSession().getSessionId();
        // ok: session-id-reuse
        return opentok.generateToken(meetingSession);
    }
}
