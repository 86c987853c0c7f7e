package com.acme.video;

import com.opentok.android.Session;
import com.opentok.OpenTok;
import com.opentok.Role;
import com.opentok.TokenOptions;

public class TokenDemo {
    // ruleid: shared-client-token
    private static final String TOKEN = "T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9OTIzNzMyODgxNTg0ZDhjNGZhMjgxNWQyODAyODI3MjgzZTBhZDg0MTpzZXNzaW9uX2lkPTFfTVg0ME5UZ3lPREEyTW41LVZHaDFJRVJsWXlBd015QXhPRG96TURvd01DQlFVMVFnTWpBeU5uNVFTMUl3UTNOVWVUUlJkMkk0UkhkclRtaEdaRzVZYzJsLVVBJmNyZWF0ZV90aW1lPTE3NjQwMDAwMDAmcm9sZT1wdWJsaXNoZXImbm9uY2U9MC44MzEyNDAyMyZleHBpcmVfdGltZT0xNzY0MDg2NDAw";
    // ok: shared-client-token
    private static final String PLACEHOLDER = "YOUR_TOKEN";

    private Session session;
    private OpenTok opentok;

    void connectDemo() {
        // ruleid: shared-client-token
        session.connect("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NzE5MzM1NSIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMzYwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMl9NWDQwTnpFNU16TTFOWDUtTVRjMk5EQXdNREF3TURBd01INHlhSEJEYUZsblEyWnlUREZ6Y0U1NGJubFdiV2xvUVM5LSIsInJvbGUiOiJzdWJzY3JpYmVyIiwibm9uY2UiOiIxOTU1NDU5MDQ1NDQifQ.ASEMdzbz7sWA3PxD_l0Em014p6PruShlyFF-0CER9qY");
    }

    String tokenFor(String sessionId) throws Exception {
        // ok: shared-client-token
        return opentok.generateToken(sessionId, new TokenOptions.Builder().role(Role.PUBLISHER).build());
    }

    // ok: shared-client-token
    private static final String REST_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6ImFjY291bnQiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMDE4MCwianRpIjoiMWMyZDNlNGYtNWE2Yi00YzdkLThlOWYtMGExYjJjM2Q0ZTVmIiwic2NvcGUiOiJhY2NvdW50LnJlYWQifQ.RQ0hOGND-5NUcSGzgVGljOlJgvVqhnmjvhJlXc5Sjqc";
    // ok: shared-client-token
    private static final String FROM_ENV = System.getenv("OPENTOK_TOKEN");
}
