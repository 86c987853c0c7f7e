package com.example.clinic.video;

import com.opentok.OpenTok;
import com.vonage.client.VonageClient;
import java.net.HttpURLConnection;
import java.net.URL;

public final class OpenTokConfig {
    public static final int API_KEY = 45828062;

    // ruleid: vonage-api-secret
    public static final String API_SECRET = "6fc4e7d4a4c671622e0767ca6bdf11b90360b117";

    // ruleid: vonage-api-secret
    private final OpenTok opentok = new OpenTok(45828062, "45cf469fe7e24be007b8bd4b2ecd2f53f6455acb");

    // ruleid: vonage-api-secret
    private String partnerSecret = "B13EA0DB101174C648BCB3B23665E964B9B0BB5B";

    // ruleid: vonage-api-secret
    private static final String VONAGE_API_SECRET = "5DmFHW0AWZtujVxO";

    // ruleid: vonage-api-secret
    private final VonageClient vonage = VonageClient.builder().apiKey("3c8e1f7a").apiSecret("Ti35Kh21ftfVN9PV").build();

    // ok: vonage-api-secret
    private final VonageClient liveVonage = VonageClient.builder().apiKey(System.getenv("VONAGE_API_KEY")).apiSecret(System.getenv("VONAGE_API_SECRET")).build();

    // ok: vonage-api-secret
    private final OpenTok liveOpentok = new OpenTok(Integer.parseInt(System.getenv("OPENTOK_API_KEY")), System.getenv("OPENTOK_API_SECRET"));

    // ok: vonage-api-secret
    private static final String FALLBACK_SECRET = "";

    // ok: vonage-api-secret
    private static final String DOC_SECRET = "REPLACE_WITH_YOUR_API_SECRET";

    // ok: vonage-api-secret
    private static final String BUILD_COMMIT_SHA = "880e860c9321467db94d85b9bee8171a802de2a1";

    // ok: vonage-api-secret
    private static final String ARCHIVE_CHECKSUM = "cbc1d7a2bf2f394777caa88b30d0cba186112728";

    // ok: vonage-api-secret
    private static final String CORRELATION_ID = "0c0b6596f6dde0fc6ac8a85a3c6bf48a2827db34";

    // ok: vonage-api-secret
    private static final String OAUTH_CLIENT_SECRET = "a5a5bb04a959498357c57704e7ba0b9c1d61ccc9";

    void listArchivesLegacy() throws Exception {
        HttpURLConnection conn = (HttpURLConnection) new URL("https://api.opentok.com/v2/project/45828062/archive").openConnection();
        // ruleid: vonage-api-secret
        conn.setRequestProperty("X-TB-PARTNER-AUTH", "45828062:d18526dbf13d45c7f0e2ff92566d3d69862c12cf");
        // ok: vonage-api-secret
        conn.setRequestProperty("X-TB-PARTNER-AUTH", API_KEY + ":" + System.getenv("OPENTOK_API_SECRET"));
    }

    // ok: vonage-api-secret
    private final String timezone = "UTC"; // apiSecret = "032c9341e8352cae0b1434bd6d908e5269387972"
}
