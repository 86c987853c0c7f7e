"""The generated rule reference (docs/rules/) matches the rules the binary
loads, and the generator behaves: complete, deterministic, self-cleaning."""
import filecmp
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

from rtclint_test_util import RTCLINT, SOURCE_DIR, run, scan_json

GENERATOR = os.path.join(SOURCE_DIR, "tools", "gen-rule-docs.py")
DOCS = os.path.join(SOURCE_DIR, "docs", "rules")
REGENERATE = "run python3 tools/gen-rule-docs.py"


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_rule_docs", GENERATOR)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def generate(out):
    p = subprocess.run([sys.executable, GENERATOR, "--rtclint", RTCLINT,
                        "--source-dir", SOURCE_DIR, "--out", out],
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise AssertionError(f"gen-rule-docs failed:\n{p.stderr}")


def rule_ids():
    out = run(["rules", "list"], check_rc=0).stdout
    return [line.split()[0] for line in out.splitlines()[1:] if line.strip()]


class Docs(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="rtclint-docs-")
        cls.out = os.path.join(cls.tmp, "rules")
        generate(cls.out)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def read(self, name):
        with open(os.path.join(self.out, name)) as f:
            return f.read()

    def test_reference_is_up_to_date(self):
        want = sorted(os.listdir(self.out))
        have = sorted(f for f in os.listdir(DOCS) if f.endswith(".md")) \
            if os.path.isdir(DOCS) else []
        self.assertEqual(have, want,
                         f"docs/rules/ has the wrong pages: {REGENERATE}")
        _, mismatch, errors = filecmp.cmpfiles(DOCS, self.out, want,
                                               shallow=False)
        self.assertEqual(mismatch + errors, [],
                         f"docs/rules/ is out of date: {REGENERATE}")

    def test_every_rule_has_a_page_and_an_index_row(self):
        ids = rule_ids()
        self.assertGreater(len(ids), 0)
        index = self.read("index.md")
        for rid in ids:
            self.assertIn(f"| [{rid}]({rid}.md) |", index)
            self.assertTrue(self.read(f"{rid}.md").startswith(f"# {rid}\n"))
        self.assertEqual(sorted(os.listdir(self.out)),
                         sorted([f"{r}.md" for r in ids] + ["index.md"]))

    def test_page_carries_the_explain_text(self):
        rid = rule_ids()[0]
        explain = run(["explain", rid], check_rc=0).stdout
        gen = load_generator()
        sections = gen.parse_explain(explain)
        page = self.read(f"{rid}.md")
        for name in ("Security-guide practice", "Why it matters", "Fix"):
            self.assertIn(sections[name], page)
            self.assertIn(f"## {name}\n", page)
        self.assertIn("```\n" + sections["Bad"] + "\n```", page)

    def test_generation_is_deterministic_and_removes_stale_pages(self):
        out = os.path.join(self.tmp, "again")
        os.makedirs(out)
        with open(os.path.join(out, "retired-rule.md"), "w") as f:
            f.write("# retired-rule\n")
        generate(out)
        self.assertFalse(os.path.exists(os.path.join(out, "retired-rule.md")))
        names = sorted(os.listdir(self.out))
        self.assertEqual(sorted(os.listdir(out)), names)
        _, mismatch, errors = filecmp.cmpfiles(self.out, out, names,
                                               shallow=False)
        self.assertEqual(mismatch + errors, [])

    def test_fixture_languages_agree_with_the_scanner(self):
        # The generator names fixture languages from file names, with the
        # table `rtclint languages` prints; the scanner reports what it
        # detected for every file with a finding.
        gen = load_generator()
        langs = gen.Languages(run(["languages"], check_rc=0).stdout)
        doc, _ = scan_json(["--fail-on", "never",
                            os.path.join(SOURCE_DIR, "rules", "tests")])
        checked = 0
        for path, info in doc["files"].items():
            name = os.path.basename(path)
            if name.endswith(".h"):  # decided by content, not by name
                continue
            self.assertEqual(langs.of(name), info["language"],
                             path)
            checked += 1
        self.assertGreater(checked, 50)

    def test_missing_binary_is_a_clear_error(self):
        p = subprocess.run([sys.executable, GENERATOR, "--rtclint",
                            os.path.join(self.tmp, "no-such-rtclint"),
                            "--out", os.path.join(self.tmp, "none")],
                           capture_output=True, text=True)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("no rtclint binary", p.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "none")))


if __name__ == "__main__":
    unittest.main()
