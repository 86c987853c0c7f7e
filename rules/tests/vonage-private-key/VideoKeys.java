package com.example.clinic.video;

import com.vonage.client.VonageClient;

public final class VideoKeys {
    // ruleid: vonage-private-key
    static final String PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\n" +
        "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrGEmU7RyLID+oahh\n" +
        "Cj/3RooibEsF+WMbR6TejsFZdSWhRANCAAT5j3LNjddCXRoKYzkfIZ7zL6gt4oWJ\n" +
        "NdsdsmYe6rf0XWjiPh8hVl3k3p28N1Ttd/5EkBHnJxX1dHI53C64fdSd\n" +
        "-----END PRIVATE KEY-----\n";

    // ruleid: vonage-private-key
    static final String LEGACY_KEY = """
        -----BEGIN RSA PRIVATE KEY-----
        MIICXAIBAAKBgQD0tv6D9nIXOI91iGpE6ctVysBiqOmwZ0TpwJ6gd/Vci2EKh1b3
        dlgLWeJTzbAwgXZYaYh9YEchLH4iO517wpoyqgwTt5vA3SIiS0lNkGyAnLZjdR9E
        IpF5d7Zs9+8ZuJQL923y2g1TgFbclwl7HGBk2PnRgQHvRcWLkisJdIPwEwIDAQAB
        AoGASbtBID2GzpxKDR2W90CB9U1rfc5q6q2Sw+M3aB38nW+ZQ3TXrSPJD1J7sMhO
        h67aG3VgnHX/uG0Ra/sOThWqI3bo0fDJkJOUdlk6lZsdRkSzmKF24BT7aUvfaOh+
        XDJoTtPN4jXxW83ddN2/UH4Pb/4KGumoeJoFHc5+HBZ4ejECQQD7GgLosbn7tjKU
        OFGq8ge1ftbvnbo4yLJxg0tlDrlUedhO4P3oekNsM5mGYequ5u5alnQ+oVKtE+d8
        XbyxXryXAkEA+X0WagD05Y6NjP82KdeyNQ76bAzCT7FpWdaoOdGdIihX2rBMWoQU
        NiQBIx0mg7kD0K+9WznEKIBgpesIgkNL5QJAOQ3Y+VxgoOPuLCV70Pa7b67JUZqq
        FHrtqMMnX2fwDlS9JHcU2jzlkvFKgfE/rMwF/olPEmf/bBoor+ZwmHCpMwJBAKo4
        CBTm9i+xJS6v6Zp+yd2djIov4ltRJhnfdQON2nG1qMtSQaX4O3n88rGsb9yrXMkD
        PmSBcy5W+Jn7U+DcXWkCQCZ0L+ntGglOkDBcgpzI2k8Dn5rWxqSofZzG1qhVFu9n
        sYIWyIlQ598Rr4xG2Lsv+MSRNMUyXHhGAQpNSq1ywkE=
        -----END RSA PRIVATE KEY-----
        """;

    // ok: vonage-private-key
    static final String KEY_PATH = "src/main/resources/private.key";

    // ok: vonage-private-key
    static final String SAMPLE_KEY = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----";

    // ok: vonage-private-key
    static final String CA_CERT = "-----BEGIN CERTIFICATE-----\nMIIBlDCCATugAwIBAgIUY+qHpp+GbpjAvVMmTeSb/PSD0UIwCgYIKoZIzj0EAwIw\nIDEeMBwGA1UEAwwVdmlkZW8uZXhhbXBsZS5pbnZhbGlkMB4XDTI2MTEyNzIwNTYw\nNVoXDTI2MTIyNzIwNTYwNVowIDEeMBwGA1UEAwwVdmlkZW8uZXhhbXBsZS5pbnZh\nbGlkMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE+Y9yzY3XQl0aCmM5HyGe8y+o\nLeKFiTXbHbJmHuq39F1o4j4fIVZd5N6dvDdU7Xf+RJAR5ycV9XRyOdwuuH3UnaNT\nMFEwHQYDVR0OBBYEFC35LtK/25HopXLB8BOikDU83B5yMB8GA1UdIwQYMBaAFC35\nLtK/25HopXLB8BOikDU83B5yMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID\nRwAwRAIgb3hfRTHjKER0SxH04sxuOaO0zbdybm3IHjB+bZWFOwsCICzvF+r49OJr\nvierAI4RRoU03lOhGk18xvHN1ufk8rkm\n-----END CERTIFICATE-----\n";

    static VonageClient client() {
        // ok: vonage-private-key
        return VonageClient.builder().applicationId(System.getenv("VONAGE_APPLICATION_ID")).privateKeyPath(System.getenv("VONAGE_PRIVATE_KEY_PATH")).build();
    }
}
