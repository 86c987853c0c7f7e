package com.example.video;

import com.opentok.OpenTok;
import com.opentok.Role;
import com.opentok.TokenOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class TokenService {
  private static final Logger logger = LoggerFactory.getLogger(TokenService.class);
  private final OpenTok opentok;

  public TokenService(OpenTok opentok) {
    this.opentok = opentok;
  }

  public String tokenFor(String sessionId, String userId) throws Exception {
    String token = opentok.generateToken(sessionId,
        new TokenOptions.Builder().role(Role.PUBLISHER).build());
    // ruleid: credential-logged
    logger.info("Generated token " + token + " for " + userId);
    // ruleid: credential-logged
    System.out.println("token=" + token);
    // ok: credential-logged
    logger.info("Generated token for session {} and user {}", sessionId, userId);
    // ok: credential-logged
    logger.debug("token length {}", token.length());
    return token;
  }
}
