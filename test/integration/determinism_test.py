"""Same input, same bytes out, whatever -j."""
import json
import os
import unittest

from rtclint_test_util import SOURCE_DIR, run


class Determinism(unittest.TestCase):
    def scan(self, fmt, jobs):
        # The rule fixtures: many files, languages and findings.
        p = run(["scan", "--format", fmt, "-j", str(jobs), "--fail-on", "never",
                 os.path.join(SOURCE_DIR, "rules", "tests")], check_rc=0)
        return p.stdout

    def test_text_is_byte_identical(self):
        one = self.scan("text", 1)
        self.assertGreater(one.count("\n"), 100)
        for jobs in (2, 8):
            self.assertEqual(one, self.scan("text", jobs))

    def test_json_is_identical_but_for_the_clock(self):
        def norm(s):
            d = json.loads(s)
            d["stats"]["duration_ms"] = 0
            return json.dumps(d, sort_keys=False)
        one = norm(self.scan("json", 1))
        self.assertEqual(one, norm(self.scan("json", 8)))


if __name__ == "__main__":
    unittest.main()
