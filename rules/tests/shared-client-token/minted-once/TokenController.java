package com.example.video;

import com.opentok.OpenTok;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TokenController {
  private static final OpenTok OPENTOK =
      new OpenTok(Integer.parseInt(System.getenv("OPENTOK_API_KEY")), System.getenv("OPENTOK_API_SECRET"));
  // One token for the lobby, minted when the class loads.
  private static final String lobbyToken = OPENTOK.generateToken(System.getenv("LOBBY_SESSION_ID"));
  private final OpenTok opentok;
  private final MeetingService meetings;

  public TokenController(OpenTok opentok, MeetingService meetings) throws Exception {
    this.opentok = opentok;
    this.meetings = meetings;
  }

  @GetMapping("/lobby/token")
  public Map<String, String> lobby() {
    // ruleid: shared-client-token
    return Map.of("sessionId", meetings.lobbySessionId(), "token", lobbyToken);
  }

  @GetMapping("/meetings/{id}/token")
  public Map<String, String> meeting(@PathVariable String id) throws Exception {
    String sessionId = meetings.sessionFor(id);
    String token = opentok.generateToken(sessionId);
    // ok: shared-client-token
    return Map.of("sessionId", sessionId, "token", token);
  }
}
