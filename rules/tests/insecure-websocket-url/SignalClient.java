package com.acme.video;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;

public class SignalClient {
    // ruleid: insecure-websocket-url
    private static final String SIGNAL_URL = "ws://signal.acme-corp.io/rooms";
    // ok: insecure-websocket-url
    private static final String SIGNAL_URL_TLS = "wss://signal.acme-corp.io/rooms";
    // ok: insecure-websocket-url
    private static final String EMULATOR_URL = "ws://10.0.2.2:8080/rooms";

    WebSocket open(WebSocket.Listener listener) {
        return HttpClient.newHttpClient().newWebSocketBuilder()
            // ruleid: insecure-websocket-url
            .buildAsync(URI.create("ws://chat.acme-corp.io/socket"), listener)
            .join();
    }

    String urlFor(String host) {
        // ok: insecure-websocket-url
        return "ws://" + host + "/rooms";
    }
}
