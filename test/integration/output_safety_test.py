"""Secrets never leak through another finding, and repository content can
never forge output lines or drive the terminal, in any format."""
import json
import os
import unittest

from rtclint_test_util import HEX_SECRET, TreeTest, run

FORMATS = ["text", "json", "sarif", "github"]
T1 = "T1==" + "cGFydG5lcl9pZD00NTgyODA2MiZzaWc9" * 3


class Redaction(TreeTest):
    def outputs(self, extra=()):
        outs = {}
        for fmt in FORMATS:
            p = run(["scan", "--format", fmt, "--stats", *extra, self.dir])
            self.assertIn(p.returncode, (0, 1), p.stderr)
            outs[fmt] = p.stdout + p.stderr
        return outs

    def assert_hidden(self, *secrets):
        for fmt, out in self.outputs().items():
            for s in secrets:
                self.assertNotIn(s, out, f"{fmt} shows {s[:12]}")

    def test_secret_on_the_line_of_another_finding(self):
        self.write("server.js",
                   f"const OPENTOK_API_SECRET = '{HEX_SECRET}'; "
                   "const REST = 'http://api.opentok.com/v2/project';\n")
        self.assert_hidden(HEX_SECRET)

    def test_repeat_in_a_comment_on_the_line(self):
        self.write("server.js", f"const apiSecret = '{HEX_SECRET}'; "
                   f"// was {HEX_SECRET}\n")
        self.assert_hidden(HEX_SECRET)

    def test_token_in_a_transport_url(self):
        self.write("client.js",
                   f"const ws = new WebSocket('ws://media.example.net/s?token={T1}');\n"
                   f"fetch('http://api.example.net/join?token={T1[:30]}XYZ');\n")
        self.assert_hidden(T1[4:40])

    def test_url_user_info_password(self):
        self.write("deploy.js", "const DB_URL = 'http://admin:Sup3rS3cretPw@"
                   "db.example.net/rooms';\nfetch(DB_URL);\n")
        self.assert_hidden("Sup3rS3cretPw")

    def test_no_redact_shows_them(self):
        self.write("server.js", f"const apiSecret = '{HEX_SECRET}'; "
                   "fetch('http://api.opentok.com/x');\n")
        p = run(["scan", "--no-redact", self.dir])
        self.assertIn(HEX_SECRET, p.stdout)


class Injection(TreeTest):
    def test_newline_in_a_file_name_forges_nothing(self):
        name = "fake.js:9:9: error: INJECTED\n::error::spoof.js"
        self.write(name, f"const apiSecret = '{HEX_SECRET}';\n")
        for fmt in ["text", "github"]:
            p = run(["scan", "--format", fmt, "--stats", self.dir])
            for line in (p.stdout + p.stderr).splitlines():
                self.assertFalse(line.startswith("::error::spoof"), line)
                self.assertFalse(line.startswith("fake.js:9:9"), line)
        p = run(["scan", "--format", "json", self.dir])
        paths = [f["path"] for f in json.loads(p.stdout)["findings"]]
        self.assertTrue(any(name in x for x in paths))

    def test_escape_sequences_reach_no_terminal(self):
        self.write("a.js", f"const apiSecret = '{HEX_SECRET}'; "
                   "// \x1b]0;owned\x07 \x1b[2J\n")
        p = run(["scan", "--color", "never", self.dir])
        self.assertNotIn("\x1b", p.stdout + p.stderr)
        self.assertNotIn("\x07", p.stdout + p.stderr)
        self.assertIn("\\x1b", p.stdout)

    def test_colour_never_goes_into_a_file(self):
        self.write("src/a.js", f"const apiSecret = '{HEX_SECRET}';\n")
        out = os.path.join(self.dir, "report.txt")
        run(["scan", "--color", "always", "-o", out,
             os.path.join(self.dir, "src")], check_rc=1)
        with open(out) as f:
            self.assertNotIn("\x1b[", f.read())


if __name__ == "__main__":
    unittest.main()
