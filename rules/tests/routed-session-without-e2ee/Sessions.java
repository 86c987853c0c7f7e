class Sessions {
    Session routed() throws OpenTokException {
        // ruleid: routed-session-without-e2ee
        return opentok.createSession(new SessionProperties.Builder().mediaMode(MediaMode.ROUTED).build());
    }

    Session encrypted() throws OpenTokException {
        // ok: routed-session-without-e2ee
        return opentok.createSession(new SessionProperties.Builder().mediaMode(MediaMode.ROUTED).endToEndEncryption().build());
    }
}
