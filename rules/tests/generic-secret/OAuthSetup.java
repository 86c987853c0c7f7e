package com.acme.videodesk.auth;

public final class OAuthSetup {
    static OAuthService calendarService(String apiKey) {
        return new ServiceBuilder(apiKey)
                // ruleid: generic-secret
                .apiSecret("q8Ze3RkV0pLw7Nc")
                .callback("https://desk.acme-corp.io/oauth/callback")
                .build(CalendarApi.instance());
    }

    static WebhookVerifier verifier() {
        WebhookVerifier v = new WebhookVerifier();
        // ruleid: generic-secret
        v.setApiSecret("Tm3xK9qLw2Zp7Vb");
        // ok: generic-secret
        v.setApiSecret(System.getenv("WEBHOOK_API_SECRET"));
        // ok: generic-secret
        v.setSecretName("webhook-api-secret");
        return v;
    }

    static Signer signer() {
        // ruleid: generic-secret
        return Signer.builder().withSecret("Ld8Qz2Vn5Xr9Kt4").build();
    }

    static Signer fromConfig(Config c) {
        // ok: generic-secret
        return Signer.builder().withSecret(c.secret()).build();
    }
}
