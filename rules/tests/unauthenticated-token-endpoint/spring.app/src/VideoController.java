package app;

import com.opentok.OpenTok;
import org.springframework.web.bind.annotation.*;

@RestController
public class VideoController {
    private final OpenTok opentok;

    VideoController(OpenTok opentok) { this.opentok = opentok; }

    // ok: unauthenticated-token-endpoint
    @PostMapping("/api/token")
    public String token(@RequestParam String sessionId) throws Exception {
        return opentok.generateToken(sessionId);
    }

    // ruleid: unauthenticated-token-endpoint
    @PostMapping("/public/token")
    public String guestToken(@RequestParam String sessionId) throws Exception {
        return opentok.generateToken(sessionId);
    }
}
