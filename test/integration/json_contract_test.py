"""The JSON output contract (docs/architecture.md), field by field."""
import os
import unittest

from rtclint_test_util import HEX_SECRET, TreeTest, scan_json

FINDING_KEYS = {"rule", "category", "severity", "path", "line", "column",
                "end_line", "end_column", "message", "snippet", "fingerprint"}


class JsonContract(TreeTest):
    def test_shape_and_types(self):
        self.write("server/index.js",
                   "const OpenTok = require('opentok');\n"
                   f"const opentok = new OpenTok('45828062', '{HEX_SECRET}');\n"
                   "fetch('http://api.opentok.com/v2/project');\n")
        out, p = scan_json([self.dir])
        self.assertEqual(p.returncode, 1)
        self.assertEqual(out["version"], 1)
        self.assertEqual(out["tool"]["name"], "rtclint")
        self.assertRegex(out["tool"]["version"], r"^\d+\.\d+\.\d+$")
        for key in ("files_scanned", "bytes_scanned", "files_skipped",
                    "duration_ms"):
            self.assertIsInstance(out["stats"][key], int, key)
        self.assertEqual(out["stats"]["files_scanned"], 1)
        rules = sorted(f["rule"] for f in out["findings"])
        self.assertEqual(rules, ["plain-http-rest-url", "vonage-api-secret"])
        for f in out["findings"]:
            self.assertEqual(set(f), FINDING_KEYS)
            self.assertIn(f["severity"], ("error", "warning", "note"))
            self.assertRegex(f["fingerprint"], r"^[0-9a-f]{16}$")
            self.assertGreaterEqual(f["line"], 1)
            self.assertGreaterEqual(f["column"], 1)
            self.assertGreaterEqual((f["end_line"], f["end_column"]),
                                    (f["line"], f["column"]))
        secret = next(f for f in out["findings"]
                      if f["rule"] == "vonage-api-secret")
        self.assertEqual(secret["category"], "secrets")
        self.assertEqual(secret["severity"], "error")
        self.assertEqual(secret["line"], 2)
        # Column points at the secret itself (1-based, bytes).
        self.assertEqual(secret["column"], 42)
        http = next(f for f in out["findings"]
                    if f["rule"] == "plain-http-rest-url")
        self.assertEqual(http["severity"], "error")  # a Vonage host
        # Role and language of files with findings.
        info = next(iter(out["files"].values()))
        self.assertEqual(info["language"], "javascript")
        self.assertEqual(info["role"], "server")

    def test_paths_relative_to_cwd_with_slashes(self):
        self.write("a/b/config.py", f"OPENTOK_API_SECRET = '{HEX_SECRET}'\n")
        out, _ = scan_json(["a"], cwd=self.dir)
        self.assertEqual(out["findings"][0]["path"], "a/b/config.py")
        out, _ = scan_json([os.path.join(self.dir, "a")], cwd="/")
        self.assertFalse(out["findings"][0]["path"].startswith("./"))
        self.assertTrue(out["findings"][0]["path"].endswith("a/b/config.py"))

    def test_fingerprint_survives_line_shifts(self):
        body = f"OPENTOK_API_SECRET = '{HEX_SECRET}'\n"
        self.write("config.py", body)
        before, _ = scan_json([self.dir])
        self.write("config.py", "# a comment\n\n\n" + body)
        after, _ = scan_json([self.dir])
        self.assertEqual(before["findings"][0]["fingerprint"],
                         after["findings"][0]["fingerprint"])
        self.assertNotEqual(before["findings"][0]["line"],
                            after["findings"][0]["line"])


if __name__ == "__main__":
    unittest.main()
