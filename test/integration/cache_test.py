"""`scan --cache DIR`: a warm rescan prints what a cold one prints (byte for
byte but the duration, in every format), cached results follow the rules and
options they were made with, a corrupt entry is a warning and is rebuilt,
two runs at once leave a cache that reads back right, and the cache stays
under its size bound."""
import glob
import os
import shutil
import subprocess
import unittest

from rtclint_test_util import HEX_SECRET, TreeTest, run

SOURCE_DIR = os.environ["SOURCE_DIR"]
RTCLINT = os.environ["RTCLINT"]


def without_duration(text):
    return "\n".join(line for line in text.splitlines()
                     if '"duration_ms"' not in line)


class Cache(TreeTest):
    def setUp(self):
        super().setUp()
        self.tree = os.path.join(self.dir, "tree")
        self.cache = os.path.join(self.dir, "cache")
        shutil.copytree(os.path.join(SOURCE_DIR, "examples"),
                        os.path.join(self.tree, "examples"))
        shutil.copytree(os.path.join(SOURCE_DIR, "rules", "tests"),
                        os.path.join(self.tree, "fixtures"))
        self.write("tree/s.js",
                   f"const apiSecret = '{HEX_SECRET}';\n"
                   "// rtclint-ignore-next-line: aws-access-key -- unused\n"
                   "const x = 1;\n")

    def scan(self, extra, fmt="json", cache=True, jobs=2):
        args = ["scan", "--format", fmt, "--fail-on", "never", "-j",
                str(jobs), "."] + extra
        if cache:
            args += ["--cache", self.cache]
        return run(args, cwd=self.tree, check_rc=0)

    def entries(self):
        return [p for p in glob.glob(os.path.join(self.cache, "*", "*"))
                if os.path.isfile(p)]

    def test_warm_output_equals_cold_output(self):
        for fmt in ("json", "sarif", "text"):
            with self.subTest(fmt=fmt):
                plain = self.scan([], fmt, cache=False).stdout
                cold = self.scan([], fmt).stdout
                warm = self.scan(["--stats"], fmt, jobs=1)
                self.assertEqual(without_duration(plain),
                                 without_duration(cold))
                self.assertEqual(without_duration(cold),
                                 without_duration(warm.stdout))
                self.assertRegex(warm.stderr, r"cache: +\d+ hits, 0 misses")
        self.assertGreater(len(self.entries()), 10)

    def test_results_follow_the_options_they_were_made_with(self):
        redacted = self.scan([]).stdout
        clear = self.scan(["--no-redact"]).stdout
        self.assertIn(HEX_SECRET, clear)
        self.assertNotIn(HEX_SECRET, redacted)
        self.assertEqual(without_duration(redacted),
                         without_duration(self.scan([]).stdout))
        only = self.scan(["--disable", "secrets"]).stdout
        self.assertNotIn('"vonage-api-secret"', only)
        # An edited file is scanned again.
        self.write("tree/s.js", "const apiSecret = process.env.S;\n")
        self.assertNotIn('"path": "s.js"',
                         self.scan(["--disable", "secrets"]).stdout)

    def test_corrupt_entry_is_a_warning_and_is_rebuilt(self):
        cold = self.scan([]).stdout
        for n, p in enumerate(self.entries()):
            with open(p, "w") as f:
                f.write("{\"v\": 1, \"findings\": [" if n % 2 else "\0garbage")
        warm = self.scan([])
        self.assertEqual(without_duration(cold), without_duration(warm.stdout))
        self.assertIn("is corrupt; rebuilt", warm.stderr)
        again = self.scan([])
        self.assertNotIn("corrupt", again.stderr)
        self.assertEqual(without_duration(cold),
                         without_duration(again.stdout))

    def test_concurrent_runs_leave_a_sound_cache(self):
        cold = self.scan([], cache=False).stdout
        args = [RTCLINT, "scan", "--format", "json", "--fail-on", "never",
                "-j", "2", "--cache", self.cache, "."]
        procs = [subprocess.Popen(args, cwd=self.tree, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
                 for _ in range(3)]
        for p in procs:
            out, err = p.communicate()
            self.assertEqual(p.returncode, 0, err)
            self.assertEqual(without_duration(cold), without_duration(out))
            self.assertNotIn("corrupt", err)
        warm = self.scan(["--stats"])
        self.assertEqual(without_duration(cold),
                         without_duration(warm.stdout))
        self.assertNotIn("corrupt", warm.stderr)
        self.assertRegex(warm.stderr, r"cache: +\d+ hits, 0 misses")
        self.assertEqual(glob.glob(os.path.join(self.cache, "*", "tmp-*")),
                         [])

    def test_size_bound_evicts_least_recently_used(self):
        self.scan([])
        total = sum(os.path.getsize(p) for p in self.entries())
        self.scan(["--cache-max-size", str(total // 2)])
        after = sum(os.path.getsize(p) for p in self.entries())
        self.assertLessEqual(after, total // 2)
        self.assertGreater(after, 0)
        p = run(["scan", "--cache", self.cache, "--cache-max-size", "lots",
                 "."], cwd=self.tree, check_rc=2)
        self.assertIn("--cache-max-size", p.stderr)

    def test_no_cache_without_the_flag(self):
        self.scan([], cache=False)
        self.assertFalse(os.path.exists(self.cache))


if __name__ == "__main__":
    unittest.main()
