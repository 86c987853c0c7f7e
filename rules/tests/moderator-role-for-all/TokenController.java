package com.example.video;

import com.opentok.OpenTok;
import com.opentok.Role;
import com.opentok.TokenOptions;
import com.opentok.exception.OpenTokException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TokenController {
    private final OpenTok opentok;

    public TokenController(OpenTok opentok) {
        this.opentok = opentok;
    }

    @PostMapping("/sessions/{sessionId}/token")
    public String token(@PathVariable String sessionId) throws OpenTokException {
        // ruleid: moderator-role-for-all
        return opentok.generateToken(sessionId, new TokenOptions.Builder().role(Role.MODERATOR).build());
    }

    @PostMapping("/sessions/{sessionId}/viewer")
    public String viewer(@PathVariable String sessionId) throws OpenTokException {
        // ok: moderator-role-for-all
        return opentok.generateToken(sessionId, new TokenOptions.Builder().role(Role.SUBSCRIBER).build());
    }
}
