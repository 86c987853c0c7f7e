"""`make` scans examples/: every planted mistake is found, and nothing that is
fine (localhost, XML namespaces, DTDs, HTTPS) is."""
import os
import unittest

from rtclint_test_util import SOURCE_DIR, scan_json

EXPECTED = {
    ("server/server.js", "vonage-api-secret"),
    ("server/server.js", "plain-http-rest-url"),
    ("server/server.js", "session-id-reuse"),
    ("server/server.js", "pii-in-token-data"),
    ("server/server.js", "token-expiry-too-long"),
    ("server/tokens.js", "session-id-reuse"),
    ("server/tokens.js", "pii-in-token-data"),
    ("server/tokens.js", "token-expiry-too-long"),
    ("server/.env", "vonage-api-secret"),
    ("server/.env", "tls-verification-disabled"),
    ("public/app.js", "hardcoded-session-id"),
    ("public/app.js", "shared-client-token"),
    ("public/app.js", "insecure-websocket-url"),
    ("public/index.html", "plain-http-rest-url"),
    ("android/app/src/main/AndroidManifest.xml", "cleartext-traffic-allowed"),
    ("ios/VideoApp/Info.plist", "cleartext-traffic-allowed"),
    ("ios/VideoApp/Config.swift", "vonage-api-secret"),
    ("ios/VideoApp/Config.swift", "plain-http-rest-url"),
    ("server/server.js", "unauthenticated-token-endpoint"),
    ("server/server.js", "unauthenticated-moderation-endpoint"),
    ("server/routes.js", "unauthenticated-token-endpoint"),
    ("server/routes.js", "unauthenticated-moderation-endpoint"),
}


class Example(unittest.TestCase):
    def test_planted_mistakes_found_and_nothing_else(self):
        root = os.path.join(SOURCE_DIR, "examples", "video-app")
        out, p = scan_json(["."], cwd=root)
        self.assertEqual(p.returncode, 1)
        got = {(f["path"], f["rule"]) for f in out["findings"]}
        self.assertTrue(EXPECTED <= got, f"missing: {EXPECTED - got}")
        # False-positive traps in the example: localhost, xmlns, DTD, https.
        for f in out["findings"]:
            self.assertNotIn("localhost", f["snippet"])
            self.assertNotIn("schemas.android.com", f["snippet"])
            self.assertNotIn("apple.com/DTDs", f["snippet"])
            self.assertNotIn("https://", f["snippet"])
        # The guarded route of routes.js stays silent: one finding per rule.
        routes = sorted((f["rule"], f["line"]) for f in out["findings"]
                        if f["path"] == "server/routes.js"
                        and f["category"] == "access-control")
        self.assertEqual([r for r, _ in routes],
                         ["unauthenticated-moderation-endpoint",
                          "unauthenticated-token-endpoint"])
        # The Vonage REST host over plain HTTP is an error, others warnings.
        sev = {(f["path"], f["snippet"].strip()[:30]): f["severity"]
               for f in out["findings"] if f["rule"] == "plain-http-rest-url"}
        self.assertIn("error", sev.values())
        self.assertIn("warning", sev.values())


if __name__ == "__main__":
    unittest.main()
