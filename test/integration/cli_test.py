"""CLI contracts: exit codes, --fail-on, --enable/--disable, usage and rule
errors, redaction, rules/explain commands (docs/architecture.md)."""
import os
import re
import unittest

from rtclint_test_util import (AWS_KEY_ID, HEX_SECRET, TreeTest, run,
                               scan_json)


class ExitCodes(TreeTest):
    def test_clean_tree_exits_0(self):
        self.write("app.js", "const url = 'https://api.opentok.com';\n")
        run(["scan", self.dir], check_rc=0)

    def test_findings_exit_1(self):
        self.write("server.js",
                   f"const opentok = new OpenTok('45828062', '{HEX_SECRET}');\n")
        p = run(["scan", self.dir], check_rc=1)
        self.assertIn("[vonage-api-secret]", p.stdout)

    def test_fail_on_gates_by_severity(self):
        # A warning-only finding: plain HTTP to a non-Vonage host.
        self.write("client.js", "fetch('http://tokens.mycompany.io/token');\n")
        run(["scan", self.dir], check_rc=1)
        run(["scan", "--fail-on", "error", self.dir], check_rc=0)
        run(["scan", "--fail-on", "never", self.dir], check_rc=0)
        run(["scan", "--fail-on", "note", self.dir], check_rc=1)

    def test_disable_and_enable(self):
        self.write("client.js", "fetch('http://tokens.mycompany.io/token');\n")
        run(["scan", "--disable", "plain-http-rest-url", self.dir], check_rc=0)
        run(["scan", "--disable", "transport", self.dir], check_rc=0)
        run(["scan", "--enable", "vonage-api-secret", self.dir], check_rc=0)
        run(["scan", "--enable", "plain-http-rest-url", self.dir], check_rc=1)

    def test_usage_errors_exit_2(self):
        run(["scan", "--format", "yaml", self.dir], check_rc=2)
        run(["scan", "--fail-on", "sometimes", self.dir], check_rc=2)
        run(["scan", "--enable", "no-such-rule", self.dir], check_rc=2)
        run(["scan", "--no-such-flag", self.dir], check_rc=2)
        run(["scan", os.path.join(self.dir, "does-not-exist")], check_rc=2)
        run([], check_rc=2)

    def test_malformed_rule_file_reports_position(self):
        rules = os.path.join(self.dir, "myrules")
        self.write("myrules/bad.yaml",
                   "id: my-rule\ntitle: t\ncategory: secrets\nseverity: error\n"
                   "message: m\npatterns:\n  - on: string\n    value: '(['\n")
        p = run(["scan", "--rules", rules, self.dir], check_rc=2)
        self.assertRegex(p.stderr, r"bad\.yaml:8:12: error: invalid regex")

    def test_unknown_rule_key_and_yaml_syntax_error(self):
        self.write("r1/unknown.yaml",
                   "id: my-rule\ntitle: t\ncategory: secrets\nseverity: error\n"
                   "message: m\nsevrity: warning\npatterns:\n"
                   "  - on: string\n    value: x\n")
        p = run(["rules", "list", "--rules", os.path.join(self.dir, "r1")],
                check_rc=2)
        self.assertRegex(p.stderr, r"unknown\.yaml:6:1: error: unknown key "
                                   r"'sevrity'")
        self.write("r2/syntax.yaml", "id: x\npatterns: [\n")
        p = run(["rules", "list", "--rules", os.path.join(self.dir, "r2")],
                check_rc=2)
        self.assertRegex(p.stderr, r"syntax\.yaml:\d+:\d+: error: ")

    def test_output_file(self):
        self.write("server.js",
                   f"const opentok = new OpenTok('45828062', '{HEX_SECRET}');\n")
        out = os.path.join(self.dir, "report.txt")
        p = run(["scan", "-o", out, os.path.join(self.dir, "server.js")],
                check_rc=1)
        self.assertEqual(p.stdout, "")
        with open(out) as f:
            self.assertIn("[vonage-api-secret]", f.read())


class Redaction(TreeTest):
    def test_secrets_redacted_by_default_in_every_format(self):
        self.write("server.js",
                   f"const opentok = new OpenTok('45828062', '{HEX_SECRET}');\n"
                   f"const key = '{AWS_KEY_ID}';\n")
        for fmt in ("text", "json", "github"):
            p = run(["scan", "--format", fmt, self.dir])
            self.assertEqual(p.returncode, 1, p.stderr)
            self.assertNotIn(HEX_SECRET, p.stdout + p.stderr, fmt)
            self.assertNotIn(AWS_KEY_ID, p.stdout + p.stderr, fmt)
            if fmt != "github":  # annotations carry no snippet
                self.assertIn(HEX_SECRET[:4] + "…", p.stdout, fmt)

    def test_no_redact_shows_secret(self):
        self.write("server.js",
                   f"const opentok = new OpenTok('45828062', '{HEX_SECRET}');\n")
        p = run(["scan", "--no-redact", self.dir], check_rc=1)
        self.assertIn(HEX_SECRET, p.stdout)


class TextFormat(TreeTest):
    def test_clang_style_line_and_caret(self):
        self.write("server.js", "// token server\n"
                   f"const opentok = new OpenTok('45828062', '{HEX_SECRET}');\n")
        p = run(["scan", "--color", "never", self.dir], check_rc=1)
        lines = p.stdout.splitlines()
        m = re.match(r"^(.*server\.js):2:(\d+): error: .* \[vonage-api-secret\]$",
                     lines[0])
        self.assertTrue(m, lines[0])
        col = int(m.group(2))
        self.assertTrue(lines[1].startswith("const opentok = new OpenTok("))
        self.assertEqual(lines[2].index("^"), col - 1)
        self.assertNotIn("\x1b[", p.stdout)  # no colour when not a TTY
        p = run(["scan", "--color", "always", self.dir], check_rc=1)
        self.assertIn("\x1b[", p.stdout)


class RuleCommands(TreeTest):
    def test_version(self):
        p = run(["--version"], check_rc=0)
        self.assertRegex(p.stdout, r"rtclint \d+\.\d+\.\d+")

    def test_rules_list_has_catalog_ids(self):
        p = run(["rules", "list"], check_rc=0)
        for rid in ("vonage-api-secret", "vonage-private-key", "aws-access-key",
                    "azure-storage-key", "generic-secret", "plain-http-rest-url",
                    "insecure-websocket-url", "tls-verification-disabled",
                    "cleartext-traffic-allowed", "hardcoded-session-id",
                    "shared-client-token"):
            self.assertIn(rid, p.stdout)

    def test_show_and_explain(self):
        p = run(["rules", "show", "plain-http-rest-url"], check_rc=0)
        self.assertIn("category:  transport", p.stdout)
        p = run(["explain", "vonage-api-secret"], check_rc=0)
        for section in ("Security-guide practice", "Why it matters", "Bad",
                        "Good", "Fix"):
            self.assertIn(section + ":", p.stdout)
        run(["explain", "no-such-rule"], check_rc=2)
        run(["rules", "show"], check_rc=2)

    def test_rules_test_on_user_dir(self):
        self.write("mine/secrets/acme-token.yaml",
                   "id: acme-token\ntitle: ACME token\ncategory: secrets\n"
                   "severity: error\nmessage: ACME token {value}\nsecret: true\n"
                   "patterns:\n  - on: string\n"
                   "    value: '(?P<secret>acme_[0-9a-z]{20})'\n")
        self.write("mine/tests/acme-token/a.py",
                   "# ruleid: acme-token\nT = 'acme_k3j5h7g9f1d2s4a6q8w0'\n"
                   "# ok: acme-token\nT2 = 'acme_short'\n")
        p = run(["rules", "test", os.path.join(self.dir, "mine")], check_rc=0)
        self.assertIn("2 passed, 0 failed", p.stdout)
        # A wrong expectation fails the run.
        self.write("mine/tests/acme-token/b.py",
                   "# ruleid: acme-token\nT = 'nothing here'\n")
        p = run(["rules", "test", os.path.join(self.dir, "mine")], check_rc=1)
        self.assertIn("expected a finding, got none", p.stdout)


if __name__ == "__main__":
    unittest.main()
