"""The engine pipeline seen from outside: stable fingerprints, SARIF that the
real validator accepts, and the per-file exception boundary."""
import json
import os
import shutil
import subprocess
import unittest

from rtclint_test_util import HEX_SECRET, RTCLINT, TreeTest, run, scan_json

SARIF_TOOL = os.environ.get("SARIF_MULTITOOL", "")


def fingerprints(doc):
    return sorted((f["rule"], f["fingerprint"]) for f in doc["findings"])


class Fingerprints(TreeTest):
    def make_tree(self, git):
        self.write("app/server/keys.js",
                   f"const OPENTOK_API_SECRET = '{HEX_SECRET}';\n")
        if git:
            subprocess.run(["git", "init", "-q", self.dir], check=True)
        self.link = self.dir + "-link"
        os.symlink(self.dir, self.link)
        self.addCleanup(os.unlink, self.link)

    def check_stable(self):
        base = os.path.join(self.dir, "app")
        runs = [
            scan_json(["."], cwd=self.dir)[0],
            scan_json([self.dir])[0],  # another working directory
            scan_json(["server"], cwd=base)[0],  # a subdirectory as root
            scan_json(["keys.js"], cwd=os.path.join(base, "server"))[0],
            # a file named through a link to the tree
            scan_json([os.path.join(self.link, "app/server/keys.js")])[0],
        ]
        fps = [fingerprints(d) for d in runs]
        self.assertTrue(fps[0])
        for other in fps[1:]:
            self.assertEqual(fps[0], other)

    def test_same_identity_from_any_directory_in_git(self):
        self.make_tree(git=True)
        self.check_stable()

    def test_line_shifts_keep_identity(self):
        self.make_tree(git=True)
        before = fingerprints(scan_json([self.dir])[0])
        path = os.path.join(self.dir, "app/server/keys.js")
        with open(path) as f:
            text = f.read()
        self.write("app/server/keys.js", "// a comment\n\n" + text)
        self.assertEqual(before, fingerprints(scan_json([self.dir])[0]))


class Sarif(TreeTest):
    def validate(self, path):
        if not SARIF_TOOL:
            self.fail("SARIF_MULTITOOL is not set: `make test` installs it")
        out = path + ".validation.sarif"
        subprocess.run([SARIF_TOOL, "validate", path, "-o", out, "--quiet"],
                       check=True, capture_output=True, timeout=300)
        # The validator exits 0 on invalid input: its findings are the verdict.
        with open(out) as f:
            results = json.load(f)["runs"][0].get("results", [])
        self.assertEqual([], [r["message"] for r in results])

    def sarif(self, args, cwd=None):
        out = os.path.join(self.dir, "out.sarif")
        p = run(["scan", "--format", "sarif", "-o", out] + args, cwd=cwd)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        with open(out) as f:
            doc = json.load(f)
        self.validate(out)
        return doc

    def test_example_app_validates(self):
        doc = self.sarif([os.path.join(os.environ["SOURCE_DIR"], "examples")])
        run_ = doc["runs"][0]
        rules = run_["tool"]["driver"]["rules"]
        ids = [r["id"] for r in rules]
        self.assertIn("vonage-api-secret", ids)
        self.assertEqual(ids, sorted(ids))
        for r in rules:
            self.assertTrue(r["helpUri"].endswith("docs/rules/%s.md" % r["id"]))
            self.assertIn(r["defaultConfiguration"]["level"],
                          ("error", "warning", "note"))
        self.assertTrue(run_["results"])
        for res in run_["results"]:
            loc = res["locations"][0]["physicalLocation"]
            self.assertEqual(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%")
            self.assertFalse(loc["artifactLocation"]["uri"].startswith("/"))
            self.assertEqual(rules[res["ruleIndex"]]["id"], res["ruleId"])
            self.assertRegex(
                res["partialFingerprints"]["rtclintFingerprint/v1"],
                "^[0-9a-f]{16}$")

    def test_hostile_names_validate(self):
        self.write("we ird/a%20b\u00e9.js",
                   f"const apiSecret = '{HEX_SECRET}'; // \x1b[31m\n")
        doc = self.sarif([self.dir])
        uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                for r in doc["runs"][0]["results"]]
        self.assertTrue(any("we%20ird/a%2520b%C3%A9.js" in u for u in uris),
                        uris)
        self.assertNotIn(HEX_SECRET, json.dumps(doc))

    def test_columns_are_utf16_code_units(self):
        # "é" and "€" are one unit each, U+1F600 two; bytes would say 12.
        prefix = "/*\u00e9\u20ac\U0001F600*/ "
        self.write("a.js", prefix + f"const apiSecret = '{HEX_SECRET}';\n")
        doc = self.sarif([self.dir])
        self.assertEqual("utf16CodeUnits", doc["runs"][0]["columnKind"])
        regions = [r["locations"][0]["physicalLocation"]["region"]
                   for r in doc["runs"][0]["results"]]
        col = len(prefix.encode("utf-16-le")) // 2 + 1
        self.assertIn(col + len("const apiSecret = '"),
                      [r["startColumn"] for r in regions], regions)
        for r in regions:
            self.assertLess(r["startColumn"], r["endColumn"])

    def test_fixes_validate(self):
        # A rule's declared fix: one replacement of the scheme, its region in
        # UTF-16 code units like the result's.
        prefix = "/*\u00e9\U0001F600*/ const api = '"
        self.write("api.js", prefix + "http://api.opentok.com/v2/x';\n")
        doc = self.sarif([self.dir])
        res = [r for r in doc["runs"][0]["results"]
               if r["ruleId"] == "plain-http-rest-url"]
        self.assertEqual(len(res), 1)
        fixes = res[0]["fixes"]
        self.assertEqual(len(fixes), 1)
        self.assertEqual(fixes[0]["description"]["text"], "Use https://")
        change = fixes[0]["artifactChanges"][0]
        self.assertEqual(change["artifactLocation"],
                         res[0]["locations"][0]["physicalLocation"]
                         ["artifactLocation"])
        col = len(prefix.encode("utf-16-le")) // 2 + 1
        self.assertEqual(change["replacements"], [{
            "deletedRegion": {"startLine": 1, "endLine": 1,
                              "startColumn": col, "endColumn": col + 7},
            "insertedContent": {"text": "https://"}}])

    def test_empty_scan_validates(self):
        self.write("README.md", "nothing here\n")
        doc = self.sarif([self.dir])
        self.assertEqual([], doc["runs"][0]["results"])


if __name__ == "__main__":
    unittest.main()
