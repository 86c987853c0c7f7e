package com.acme.video;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import javax.xml.parsers.DocumentBuilderFactory;

public class OpenTokRestClient {
    // ruleid: plain-http-rest-url
    private static final String API_URL = "http://api.opentok.com";
    // ok: plain-http-rest-url
    private static final String API_URL_TLS = "https://api.opentok.com";
    // ruleid: plain-http-rest-url
    private static final String REPORTS_URL = "http://reports.acme-corp.io/video";

    private final HttpClient http = HttpClient.newHttpClient();

    HttpRequest stopArchive(String archiveId, String jwt) {
        return HttpRequest.newBuilder()
            // ruleid: plain-http-rest-url
            .uri(URI.create("http://video.api.vonage.com/v2/project/45828062/archive/" + archiveId + "/stop"))
            .header("X-OPENTOK-AUTH", jwt)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    }

    static DocumentBuilderFactory safeXml() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // ok: plain-http-rest-url
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // ok: plain-http-rest-url
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        return f;
    }

    // ok: plain-http-rest-url
    private static final String DEV_URL = System.getenv().getOrDefault("API_URL", "http://localhost:8080");
    // ok: plain-http-rest-url
    private static final String W3C_SCHEMA = "http://www.w3.org/2001/XMLSchema";
}
