package com.example.video;

import com.opentok.OpenTok;
import com.opentok.Role;
import com.opentok.TokenOptions;
import com.opentok.exception.OpenTokException;
import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AbsoluteExpiry {
    private final OpenTok opentok;

    public AbsoluteExpiry(OpenTok opentok) {
        this.opentok = opentok;
    }

    @PostMapping("/rooms/{room}/token")
    public String token(@PathVariable String room) throws OpenTokException {
        TokenOptions options = new TokenOptions.Builder()
                .role(Role.PUBLISHER)
                // ruleid: token-expiry-too-long
                .expireTime(Instant.parse("2099-01-01T00:00:00Z").getEpochSecond())
                .build();
        return opentok.generateToken(lookup(room), options);
    }

    @PostMapping("/rooms/{room}/short-token")
    public String shortToken(@PathVariable String room) throws OpenTokException {
        TokenOptions options = new TokenOptions.Builder()
                // ok: token-expiry-too-long
                .expireTime(Instant.now().getEpochSecond() + 2 * 60 * 60)
                .build();
        return opentok.generateToken(lookup(room), options);
    }

    private String lookup(String room) {
        return room;
    }
}
