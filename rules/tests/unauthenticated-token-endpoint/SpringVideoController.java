// Spring MVC: annotations on the method or the controller class.
package com.example.video;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api")
public class SpringVideoController {
    private final OpenTok opentok;

    // ruleid: unauthenticated-token-endpoint
    @PostMapping("/token")
    public TokenResponse token(@RequestBody TokenRequest req) {
        return new TokenResponse(opentok.generateToken(req.sessionId()));
    }

    // ok: unauthenticated-token-endpoint
    @GetMapping("/health")
    public String health() {
        return "ok";
    }

    // ok: unauthenticated-token-endpoint
    @PostMapping("/member/token")
    @PreAuthorize("isAuthenticated()")
    public TokenResponse memberToken(@RequestBody TokenRequest req) {
        return new TokenResponse(opentok.generateToken(req.sessionId()));
    }

    // ok: unauthenticated-token-endpoint
    @RequestMapping(value = "/session", method = RequestMethod.POST)
    @Secured("ROLE_USER")
    public String session() throws OpenTokException {
        return opentok.createSession().getSessionId();
    }
}
