"""--staged, --staged --all-lines, --diff REV and --history against real git
repositories (DESIGN.md §1, §4)."""
import unittest

from git_util import RepoTest, unsuppressed
from rtclint_test_util import AWS_KEY_ID, HEX_SECRET, run, scan_json

SECRET_LINE = f"const opentok = new OpenTok('45828062', '{HEX_SECRET}');\n"
OLD_URL_LINE = "fetch('http://tokens.mycompany.io/old');\n"


class Staged(RepoTest):
    def test_staged_secret_deleted_from_work_tree_still_blocks(self):
        self.write("server.js", "const x = 1;\n")
        self.commit("init")
        self.write("server.js", "const x = 1;\n" + SECRET_LINE)
        self.git("add", "server.js")
        self.write("server.js", "const x = 1;\n")  # gone from disk only
        report, p = scan_json(["--staged"], cwd=self.dir)
        self.assertEqual(p.returncode, 1, p.stderr)
        found = unsuppressed(report)
        self.assertEqual([(f["rule"], f["path"], f["line"]) for f in found],
                         [("vonage-api-secret", "server.js", 2)])
        # The plain scan of the work tree sees nothing.
        run(["scan", "."], cwd=self.dir, check_rc=0)

    def test_only_changed_lines_unless_all_lines(self):
        self.write("client.js", OLD_URL_LINE + "const a = 1;\n")
        self.commit("init")
        self.write("client.js", OLD_URL_LINE + "const a = 2;\n"
                   "fetch('http://tokens.mycompany.io/new');\n")
        self.git("add", "client.js")
        report, _ = scan_json(["--staged"], cwd=self.dir)
        self.assertEqual([f["line"] for f in unsuppressed(report)], [3])
        report, _ = scan_json(["--staged", "--all-lines"], cwd=self.dir)
        self.assertEqual([f["line"] for f in unsuppressed(report)], [1, 3])

    def test_new_repository_without_head_reports_every_line(self):
        self.write("client.js", OLD_URL_LINE)
        self.git("add", "client.js")
        report, p = scan_json(["--staged"], cwd=self.dir)
        self.assertEqual(p.returncode, 1)
        self.assertEqual([f["line"] for f in unsuppressed(report)], [1])

    def test_nothing_staged_is_clean(self):
        self.write("client.js", OLD_URL_LINE)
        self.commit("init")
        self.write("client.js", OLD_URL_LINE * 2)  # modified, not staged
        report, p = scan_json(["--staged"], cwd=self.dir)
        self.assertEqual(p.returncode, 0)
        self.assertEqual(report["findings"], [])

    def test_routes_joined_across_staged_files(self):
        # A new project: the route in routes.js, its handler in handlers.js,
        # the guard of one router in server.js; all staged together.
        self.write("handlers.js", "const OpenTok = require('opentok');\n"
                   "const ot = new OpenTok(process.env.K, process.env.S);\n"
                   "function token(req, res) {\n"
                   "  res.json({ token: ot.generateToken(req.query.s) });\n"
                   "}\n"
                   "module.exports = { token };\n")
        self.write("routes.js", "const express = require('express');\n"
                   "const h = require('./handlers');\n"
                   "const router = express.Router();\n"
                   "router.get('/token', h.token);\n"
                   "module.exports = router;\n")
        self.write("member.js", "const express = require('express');\n"
                   "const router = express.Router();\n"
                   "router.get('/t', (q, r) => r.json(ot.generateToken(1)));\n"
                   "module.exports = router;\n")
        self.write("server.js", "const express = require('express');\n"
                   "const app = express();\n"
                   "app.use('/open', require('./routes'));\n"
                   "app.use('/member', requireAuth, require('./member'));\n")
        self.git("add", ".")
        report, p = scan_json(["--staged"], cwd=self.dir)
        got = [(f["rule"], f["path"], f["line"]) for f in unsuppressed(report)]
        self.assertEqual(got, [("unauthenticated-token-endpoint",
                                "routes.js", 4)], p.stderr)

    def test_outside_a_repository_is_a_usage_error(self):
        p = run(["scan", "--staged"], cwd="/")
        self.assertEqual(p.returncode, 2)
        self.assertIn("git", p.stderr)


class Diff(RepoTest):
    def test_diff_reports_lines_changed_since_merge_base(self):
        self.write("client.js", OLD_URL_LINE)
        self.commit("base")
        self.git("checkout", "-q", "-b", "feature")
        self.write("client.js", OLD_URL_LINE +
                   "fetch('http://tokens.mycompany.io/feature');\n")
        self.commit("feature work", "2024-01-02T00:00:00Z")
        # main moves on: its changes are not the branch's.
        self.git("checkout", "-q", "main")
        self.write("other.js", "fetch('http://tokens.mycompany.io/main');\n")
        self.commit("main work", "2024-01-03T00:00:00Z")
        self.git("checkout", "-q", "feature")
        # Uncommitted work-tree edits count too.
        self.write("late.js", f"const k = '{AWS_KEY_ID}';\n")
        report, p = scan_json(["--diff", "main"], cwd=self.dir)
        self.assertEqual(p.returncode, 1, p.stderr)
        got = sorted((f["path"], f["line"]) for f in unsuppressed(report))
        self.assertEqual(got, [("client.js", 2), ("late.js", 1)])

    def test_unknown_revision_exits_2(self):
        self.write("a.js", "x\n")
        self.commit("init")
        p = run(["scan", "--diff", "no-such-branch"], cwd=self.dir)
        self.assertEqual(p.returncode, 2)
        self.assertIn("no-such-branch", p.stderr)


class History(RepoTest):
    def test_secret_reported_once_at_its_first_commit(self):
        self.write("server.js", SECRET_LINE)
        self.commit("add server", "2024-01-01T10:00:00Z")
        first = self.git("rev-parse", "HEAD").stdout.strip()
        self.write("copy.js", "// again\n" + SECRET_LINE)
        self.commit("copy", "2024-01-02T10:00:00Z")
        self.git("rm", "-q", "server.js", "copy.js")
        self.commit("remove secrets", "2024-01-03T10:00:00Z")
        # Transport rules do not run over history.
        self.write("client.js", OLD_URL_LINE)
        self.commit("client", "2024-01-04T10:00:00Z")

        report, p = scan_json(["--history"], cwd=self.dir)
        self.assertEqual(p.returncode, 1, p.stderr)
        found = report["findings"]
        self.assertEqual(len(found), 1, found)
        f = found[0]
        for key in ("rule", "category", "severity", "path", "line", "column",
                    "end_line", "end_column", "message", "snippet",
                    "fingerprint"):
            self.assertIn(key, f)
        self.assertEqual((f["rule"], f["path"], f["line"]),
                         ("vonage-api-secret", "server.js", 1))
        self.assertEqual(f["commit"]["id"], first)
        self.assertEqual(f["commit"]["author"], "Ada Tester")
        self.assertEqual(f["commit"]["date"], "2024-01-01T10:00:00Z")
        self.assertNotIn(HEX_SECRET, p.stdout)

        text = run(["scan", "--history"], cwd=self.dir).stdout
        self.assertIn(first[:12], text)
        self.assertIn("Ada Tester", text)

    def test_range_limits_the_walk(self):
        self.write("server.js", SECRET_LINE)
        self.commit("one")
        self.write("a.js", "x\n")
        self.commit("two", "2024-01-02T00:00:00Z")
        report, p = scan_json(["--history", "HEAD~1..HEAD"], cwd=self.dir)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(report["findings"], [])


if __name__ == "__main__":
    unittest.main()
