"""Inline suppressions and the baseline through the CLI (DESIGN.md §4)."""
import json
import os
import unittest

from git_util import unsuppressed
from rtclint_test_util import HEX_SECRET, TreeTest, run, scan_json

HTTP = "fetch('http://tokens.mycompany.io/token');"
SECRET_LINE = f"const opentok = new OpenTok('45828062', '{HEX_SECRET}');\n"


class Suppressions(TreeTest):
    def test_suppressed_findings_do_not_fail_the_run(self):
        self.write("client.js",
                   f"{HTTP} // rtclint-ignore: plain-http-rest-url -- legacy\n"
                   "# not a comment in JS, ignored\n")
        self.write("app.py",
                   "# rtclint-ignore-next-line -- demo server\n"
                   "requests.get('http://tokens.mycompany.io/token')\n")
        report, p = scan_json([self.dir])
        self.assertEqual(p.returncode, 0, p.stdout)
        self.assertEqual(unsuppressed(report), [])

    def test_unused_suppression_is_a_warning(self):
        self.write("client.js", "const a = 1; // rtclint-ignore\n")
        report, p = scan_json([self.dir])
        self.assertEqual(p.returncode, 1)
        self.assertEqual([(f["rule"], f["severity"], f["line"])
                          for f in unsuppressed(report)],
                         [("unused-suppression", "warning", 1)])
        run(["scan", "--disable", "unused-suppression", self.dir], check_rc=0)

    def test_suppression_of_a_route_the_join_settles_is_used(self):
        # Each directive names the token rule on a route the join settles:
        # /t is guarded from server.js, /h's handler (in another file)
        # mints nothing, /m's handler mints and is reported, suppressed.
        self.write("server.js", "const express = require('express');\n"
                   "const app = express();\n"
                   "app.use('/api', requireAuth, require('./routes'));\n"
                   "app.use('/open', require('./open'));\n")
        ignore = ("// rtclint-ignore-next-line: "
                  "unauthenticated-token-endpoint -- reviewed\n")
        self.write("routes.js", "const express = require('express');\n"
                   "const router = express.Router();\n" + ignore +
                   "router.get('/t', (q, r) => r.json(ot.generateToken(1)));\n"
                   "module.exports = router;\n")
        self.write("open.js", "const express = require('express');\n"
                   "const h = require('./handlers');\n"
                   "const router = express.Router();\n" + ignore +
                   "router.get('/h', h.health);\n" + ignore +
                   "router.get('/m', h.mint);\n"
                   "module.exports = router;\n")
        self.write("handlers.js",
                   "function health(req, res) { res.send('ok'); }\n"
                   "function mint(req, res) { res.send(ot.generateToken(1)); }\n"
                   "module.exports = { health, mint };\n")
        report, p = scan_json([self.dir])
        self.assertEqual(unsuppressed(report), [], p.stdout)
        self.assertEqual(p.returncode, 0, p.stdout)


class BaselineFlow(TreeTest):
    def test_write_then_use_baseline(self):
        app = self.write("src/server.js", SECRET_LINE)
        base = os.path.join(self.dir, "baseline.jsonl")
        run(["scan", "--write-baseline", base, self.dir], check_rc=0)
        with open(base) as f:
            text = f.read()
        self.assertNotIn(HEX_SECRET, text)
        self.assertNotIn(HEX_SECRET[:8], text)
        entries = [json.loads(line) for line in text.splitlines()]
        self.assertEqual([e["rule"] for e in entries], ["vonage-api-secret"])
        self.assertEqual(sorted(entries[0]), ["fingerprint", "path", "rule"])

        run(["scan", "--baseline", base, self.dir], check_rc=0)
        # Lines inserted above do not resurrect it.
        self.write("src/server.js", "// header\n\n'use strict';\n" +
                   SECRET_LINE)
        run(["scan", "--baseline", base, self.dir], check_rc=0)
        # A new finding fails the run, and only it is new.
        self.write("src/client.js", HTTP + "\n")
        report, p = scan_json(["--baseline", base, self.dir])
        self.assertEqual(p.returncode, 1)
        self.assertEqual([f["rule"] for f in unsuppressed(report)],
                         ["plain-http-rest-url"])
        p = run(["scan", "--baseline", base, "--stats", self.dir])
        self.assertRegex(p.stderr, r"baseline")

        # Rewriting is deterministic.
        again = os.path.join(self.dir, "again.jsonl")
        run(["scan", "--baseline", base, "--write-baseline", again,
             self.dir], check_rc=0)
        with open(again) as f:
            self.assertEqual(len(f.read().splitlines()), 2)

    def test_bad_baseline_exits_2(self):
        base = self.write("b.jsonl", "{\"fingerprint\": 1}\n")
        p = run(["scan", "--baseline", base, self.dir])
        self.assertEqual(p.returncode, 2)
        self.assertIn("b.jsonl:1:", p.stderr)
        p = run(["scan", "--baseline", base + ".missing", self.dir])
        self.assertEqual(p.returncode, 2)


if __name__ == "__main__":
    unittest.main()
