package com.example.meetings;

import com.opentok.OpenTok;
import com.opentok.Role;
import com.opentok.TokenOptions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
public class TokenController {
    private final OpenTok opentok;
    private final MeetingRepository meetings;

    public TokenController(OpenTok opentok, MeetingRepository meetings) {
        this.opentok = opentok;
        this.meetings = meetings;
    }

    @PostMapping("/meetings/{id}/token")
    public Map<String, String> token(@PathVariable String id, @AuthenticationPrincipal AppUser user) throws Exception {
        Meeting meeting = meetings.findById(id).orElseThrow();
        String data = String.format("{\"name\":\"%s\",\"email\":\"%s\"}", user.getDisplayName(), user.getEmail());
        TokenOptions options = new TokenOptions.Builder()
                .role(Role.PUBLISHER)
                // ruleid: pii-in-token-data
                .data(data)
                .build();
        return Map.of("token", opentok.generateToken(meeting.getSessionId(), options));
    }

    @PostMapping("/meetings/{id}/viewer-token")
    public Map<String, String> viewerToken(@PathVariable String id, @AuthenticationPrincipal AppUser user) throws Exception {
        Meeting meeting = meetings.findById(id).orElseThrow();
        TokenOptions options = new TokenOptions.Builder()
                .role(Role.SUBSCRIBER)
                // ok: pii-in-token-data
                .data("userId=" + user.getId())
                .build();
        return Map.of("token", opentok.generateToken(meeting.getSessionId(), options));
    }
}
