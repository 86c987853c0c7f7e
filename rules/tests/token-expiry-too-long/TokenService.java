package com.example.video;

import com.opentok.OpenTok;
import com.opentok.Role;
import com.opentok.TokenOptions;
import com.opentok.exception.OpenTokException;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

@Service
public class TokenService {
    private static final long TWO_HOURS = 2 * 60 * 60;
    private final OpenTok opentok;

    public TokenService(OpenTok opentok) {
        this.opentok = opentok;
    }

    public String longToken(String sessionId) throws OpenTokException {
        TokenOptions options = new TokenOptions.Builder()
                .role(Role.PUBLISHER)
                // ruleid: token-expiry-too-long
                .expireTime((System.currentTimeMillis() / 1000L) + (7 * 24 * 60 * 60))
                .build();
        return opentok.generateToken(sessionId, options);
    }

    public String instantToken(String sessionId) throws OpenTokException {
        long expires = Instant.now().plus(30, ChronoUnit.DAYS).getEpochSecond();
        // ruleid: token-expiry-too-long
        return opentok.generateToken(sessionId, new TokenOptions.Builder().expireTime(expires).build());
    }

    public String shortToken(String sessionId) throws OpenTokException {
        TokenOptions options = new TokenOptions.Builder()
                // ok: token-expiry-too-long
                .expireTime(System.currentTimeMillis() / 1000L + TWO_HOURS)
                .build();
        return opentok.generateToken(sessionId, options);
    }
}
