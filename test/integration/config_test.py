"""`.rtclint.yaml`: discovery, settings, errors with positions, `rtclint
init` (DESIGN.md §4)."""
import os
import unittest

from rtclint_test_util import HEX_SECRET, TreeTest, run, scan_json

HTTP_LINE = "fetch('http://tokens.mycompany.io/token');\n"
SECRET_LINE = f"const opentok = new OpenTok('45828062', '{HEX_SECRET}');\n"


class Config(TreeTest):
    def test_nearest_config_upwards_applies(self):
        self.write("proj/.rtclint.yaml",
                   "rules:\n  plain-http-rest-url: off\n")
        self.write("proj/src/deep/client.js", HTTP_LINE)
        run(["scan", os.path.join(self.dir, "proj", "src")], check_rc=0)
        run(["scan", "."], cwd=os.path.join(self.dir, "proj", "src", "deep"),
            check_rc=0)
        # Outside the project the rule runs.
        self.write("other/client.js", HTTP_LINE)
        run(["scan", os.path.join(self.dir, "other")], check_rc=1)

    def test_explicit_config_and_settings(self):
        cfg = self.write("cfg/strict.yaml",
                         "rules:\n  plain-http-rest-url:\n"
                         "    severity: error\n"
                         "exclude: ['vendor/']\n")
        self.write("src/client.js", HTTP_LINE)
        self.write("src/vendor/lib.js", SECRET_LINE)
        report, p = scan_json(["--config", cfg, os.path.join(self.dir, "src")])
        self.assertEqual(p.returncode, 1)
        self.assertEqual([(f["rule"], f["severity"])
                          for f in report["findings"]],
                         [("plain-http-rest-url", "error")])

    def test_disable_categories_and_enable_lists(self):
        self.write(".rtclint.yaml", "disable: [transport]\n")
        self.write("client.js", HTTP_LINE)
        run(["scan", self.dir], check_rc=0)

    def test_errors_have_positions_and_exit_2(self):
        cases = [
            ("rules: {}\nexlude: [a]\n", r":2:1: error: unknown key 'exlude'"),
            ("rules:\n  no-such-rule: off\n",
             r":2:3: error: unknown rule 'no-such-rule'"),
            ("include-tests: 3\n",
             r":1:16: error: 'include-tests' must be true or false"),
            ("rules:\n  generic-secret:\n    severity: [a]\n",
             r":3:15: error: unknown severity"),
            ("rules: [\n", r":2:1: error: "),
        ]
        for text, want in cases:
            with self.subTest(text=text):
                cfg = self.write(".rtclint.yaml", text)
                p = run(["scan", self.dir])
                self.assertEqual(p.returncode, 2, p.stderr)
                self.assertRegex(p.stderr, r"\.rtclint\.yaml" + want)
                p = run(["scan", "--config", cfg, self.dir])
                self.assertEqual(p.returncode, 2)

    def test_config_must_be_a_regular_file(self):
        fifo = os.path.join(self.dir, "cfg.yaml")
        os.mkfifo(fifo)
        p = run(["scan", "--config", fifo, self.dir])
        self.assertEqual(p.returncode, 2)
        self.assertIn("not a regular file", p.stderr)
        p = run(["scan", "--config", os.path.join(self.dir, "nope.yaml"),
                 self.dir])
        self.assertEqual(p.returncode, 2)

    def test_init_writes_a_valid_starter_and_never_overwrites(self):
        run(["init"], cwd=self.dir, check_rc=0)
        path = os.path.join(self.dir, ".rtclint.yaml")
        with open(path) as f:
            text = f.read()
        self.assertIn("# rtclint configuration", text)
        self.write("client.js", HTTP_LINE)
        run(["scan", "."], cwd=self.dir, check_rc=1)  # loads without error
        self.write(".rtclint.yaml", "rules: {}\n")
        p = run(["init"], cwd=self.dir, check_rc=2)
        self.assertIn("exists", p.stderr)
        with open(path) as f:
            self.assertEqual(f.read(), "rules: {}\n")


if __name__ == "__main__":
    unittest.main()
