"""The CLI behaves like its peers: exit codes, messages, help, sizes."""
import json
import os
import unittest

from rtclint_test_util import HEX_SECRET, TreeTest, run


class Conventions(TreeTest):
    def test_missing_path_exits_2_after_scanning_the_rest(self):
        self.write("a.js", f"const apiSecret = '{HEX_SECRET}';\n")
        p = run(["scan", "--format", "json", self.dir,
                 os.path.join(self.dir, "nope")], check_rc=2)
        self.assertIn("nope", p.stderr)
        self.assertEqual(1, len(json.loads(p.stdout)["findings"]))

    def test_mistyped_command_and_option_get_suggestions(self):
        p = run(["scna", "src"], check_rc=2)
        self.assertEqual(2, len(p.stderr.strip().splitlines()), p.stderr)
        self.assertIn("did you mean 'scan'", p.stderr)
        p = run(["scan", "--fromat", "json"], check_rc=2)
        self.assertIn("did you mean '--format'", p.stderr)
        p = run(["scan", "--format", "xml"], check_rc=2)
        self.assertIn("sarif", p.stderr)

    def test_help_lists_choices_and_nothing_generic(self):
        p = run(["scan", "--help"], check_rc=0)
        for word in ["text", "json", "sarif", "github", "--fail-on",
                     "error", "never"]:
            self.assertIn(word, p.stdout)
        self.assertNotIn("Generic Options", p.stdout)
        self.assertNotIn("--help-hidden", p.stdout)
        self.assertIn("Usage: rtclint scan [OPTIONS]", p.stdout)
        p = run(["rules", "list", "--help"], check_rc=0)
        self.assertIn("Usage: rtclint rules list", p.stdout)
        p = run(["rules", "list", "--bogus"], check_rc=2)
        self.assertIn("Run 'rtclint rules list --help'", p.stderr)

    def test_sizes_take_units(self):
        self.write("big.js", "x" * 3000 + "\n")
        p = run(["scan", "--format", "json", "--max-file-size", "2K",
                 self.dir], check_rc=0)
        self.assertEqual(1, json.loads(p.stdout)["stats"]["files_skipped"])
        run(["scan", "--max-file-size", "1M", self.dir], check_rc=0)
        run(["scan", "--max-file-size", "lots", self.dir], check_rc=2)

    def test_summary_on_stderr_for_every_format_unless_quiet(self):
        self.write("a.js", "let a = 1;\n")
        for fmt in ["text", "json", "sarif", "github"]:
            p = run(["scan", "--format", fmt, self.dir], check_rc=0)
            self.assertIn("1 file", p.stderr, fmt)
        p = run(["scan", "--quiet", self.dir], check_rc=0)
        self.assertEqual("", p.stderr)

    def test_empty_scan_says_so(self):
        self.write(".rtclintignore", "*\n")
        self.write("a.js", "let a = 1;\n")
        p = run(["scan", self.dir], check_rc=0)
        self.assertIn("0 files", p.stderr)
        self.assertIn("nothing was scanned", p.stderr)

    def test_unwritable_output_exits_3(self):
        self.write("a.js", "let a = 1;\n")
        run(["scan", "-o", os.path.join(self.dir, "no/such/dir/out.txt"),
             self.dir], check_rc=3)

    def test_output_never_overwrites_a_scanned_source(self):
        src = self.write("a.js", "let a = 1;\n")
        run(["scan", "-o", src, self.dir], check_rc=2)
        with open(src) as f:
            self.assertEqual("let a = 1;\n", f.read())
        # An earlier report in the tree is replaced, and not scanned.
        report = self.write("report.json", '{"apiSecret": "%s"}' % HEX_SECRET)
        run(["scan", "--format", "json", "-o", report, self.dir], check_rc=0)

    def test_broken_links_are_one_warning_and_a_count(self):
        self.write("a.js", "let a = 1;\n")
        for i in range(5):
            os.symlink("/nonexistent/%d" % i,
                       os.path.join(self.dir, "link%d.js" % i))
        p = run(["scan", "--format", "json", self.dir], check_rc=0)
        warnings = [l for l in p.stderr.splitlines() if "warning" in l]
        self.assertEqual(1, len(warnings), p.stderr)
        self.assertIn("5 files", warnings[0])
        skipped = json.loads(p.stdout)["skipped"]
        self.assertEqual(5, len(skipped))

    def test_closed_stdout_is_an_output_error(self):
        self.write("a.js", f"const apiSecret = '{HEX_SECRET}';\n")
        r, w = os.pipe()
        os.close(r)
        import subprocess
        from rtclint_test_util import RTCLINT
        p = subprocess.run([RTCLINT, "scan", self.dir], stdout=w,
                           stderr=subprocess.PIPE, text=True)
        os.close(w)
        self.assertEqual(3, p.returncode, p.stderr)
        self.assertIn("cannot write", p.stderr)


if __name__ == "__main__":
    unittest.main()
