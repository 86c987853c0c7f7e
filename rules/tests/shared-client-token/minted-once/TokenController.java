package com.example.video;

import com.opentok.OpenTok;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TokenController {
  private static String lobbyToken;
  private final OpenTok opentok;
  private final MeetingService meetings;

  public TokenController(OpenTok opentok, MeetingService meetings) throws Exception {
    this.opentok = opentok;
    this.meetings = meetings;
    lobbyToken = opentok.generateToken(meetings.lobbySessionId());
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
