package com.example.video;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
public class JoinController {
  private final MeetingService meetings;

  public JoinController(MeetingService meetings) {
    this.meetings = meetings;
  }

  @GetMapping("/join")
  // ruleid: secret-in-url
  public ResponseEntity<JoinInfo> join(@RequestParam String sessionId, @RequestParam String token) {
    return ResponseEntity.ok(meetings.join(sessionId, token));
  }

  @GetMapping("/embed")
  // ruleid: secret-in-url
  public ResponseEntity<JoinInfo> embed(@RequestParam(value = "token") String value) {
    return ResponseEntity.ok(meetings.join(null, value));
  }

  @GetMapping("/rooms")
  // ok: secret-in-url
  public ResponseEntity<JoinInfo> room(@RequestParam("sessionId") String sessionId) {
    return ResponseEntity.ok(meetings.join(sessionId, null));
  }

  @PostMapping("/join")
  // ok: secret-in-url
  public ResponseEntity<JoinInfo> joinPost(@RequestBody JoinRequest body) {
    return ResponseEntity.ok(meetings.join(body.sessionId(), body.token()));
  }

  String inviteLink(String sessionId, String token) {
    return UriComponentsBuilder.fromHttpUrl("https://meet.example.com/join")
        .queryParam("sessionId", sessionId)
        // ruleid: secret-in-url
        .queryParam("token", token)
        .toUriString();
  }
}
