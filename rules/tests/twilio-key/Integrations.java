package com.example.video;

/** SMS meeting invitations sent through Twilio */
public class Integrations {
    // ruleid: twilio-key
    private static final String TWILIO_AUTH_TOKEN = "500803cb98dc935deae6d0093459b79b";
    // ruleid: twilio-key
    private static final String TWILIO_API_SECRET = "wCCr4akI64cyFapQHWa9P8wgLRax3WPV";
    // ruleid: twilio-key
    private static final String TWILIO_API_KEY = "SK2499f717c63ed5b47fd113e37fee9765";
    // ok: twilio-key
    private static final String TWILIO_ACCOUNT_SID = "AC2ed7542e3f7128c3555127e4507b503c";
    // ok: twilio-key
    private static final String PROD_TWILIO_AUTH_TOKEN = System.getenv("PROD_TWILIO_AUTH_TOKEN");
    // ok: twilio-key
    private static final String SAMPLE_TWILIO_AUTH_TOKEN = "your_auth_token";
    // ok: twilio-key
    private static final String ZERO_AUTH_TOKEN = "00000000000000000000000000000000";
    // ok: twilio-key
    private static final String AUTH_TOKEN_HASH = "5e3d1f92f0049f6efb5ea7841cba6dcd";
    // ok: twilio-key
    private static final String CACHE_KEY = "9ed85c937eaff7584591de0ea22f2d04";
    // ok: twilio-key
    private static final int RETRY_LIMIT = 3; // was "787288993d68ccfa4d1765d9c133d597" before rotation

    // ruleid: twilio-key
    private String authToken = "210779895feefb37c986847182905b0e";
    // ruleid: twilio-key
    private String apiKeySid = "SK3e0d154279dee1d59a8d4032cb9d5059";
    // ok: twilio-key
    private String accountSid = "ACcb2c06e8c54554f2cc4cfac2b3f5230a";
    // ok: twilio-key
    private String messagingServiceSid = "MG787288993d68ccfa4d1765d9c133d597";
    // ok: twilio-key
    private String sessionAuthToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.c2lnbmF0dXJl";

    public void configure() {
        // ruleid: twilio-key
        Twilio.init(TWILIO_ACCOUNT_SID, "600fe7bc5c246dd3292aa1c30da8da8d");
    }

    private void notify(String value) {}
}
