"""Workspace behaviour through the CLI: ignore files, excludes, binary,
oversized and symlinked files, invalid UTF-8."""
import os
import subprocess
import unittest

from rtclint_test_util import HEX_SECRET, TreeTest, scan_json

LEAK = f"OPENTOK_API_SECRET = '{HEX_SECRET}'\n"


class Walk(TreeTest):
    def paths(self, out):
        return sorted({f["path"].split("/")[-1] for f in out["findings"]})

    def test_gitignore_in_git_repo_and_rtclintignore(self):
        subprocess.run(["git", "init", "-q", self.dir], check=True)
        self.write(".gitignore", "build/\n*.gen.py\n")
        self.write("build/out.py", LEAK)
        self.write("x.gen.py", LEAK)
        self.write("vendor/lib.py", LEAK)
        self.write(".rtclintignore", "vendor/\n")
        self.write("keep.py", LEAK)
        out, _ = scan_json([self.dir])
        self.assertEqual(self.paths(out), ["keep.py"])
        self.assertGreaterEqual(out["stats"]["files_ignored"], 3)
        out, _ = scan_json(["--exclude", "keep.py", self.dir])
        self.assertEqual(self.paths(out), [])

    def test_binary_large_and_symlink_outside_are_skipped_and_counted(self):
        self.write("bin.py", b"\x00\x01" + LEAK.encode(), mode="wb")
        self.write("big.py", LEAK + "#" * (2 << 20))
        outside = self.write("../rtclint-outside-" +
                             os.path.basename(self.dir) + ".py", LEAK)
        try:
            os.symlink(outside, os.path.join(self.dir, "link.py"))
            out, _ = scan_json(["--max-file-size", str(1 << 20), self.dir])
        finally:
            os.unlink(outside)
        self.assertEqual(out["findings"], [])
        reasons = {s["path"].split("/")[-1]: s["reason"] for s in out["skipped"]}
        self.assertEqual(set(reasons), {"bin.py", "big.py", "link.py"})
        self.assertEqual(out["stats"]["files_skipped"], 3)
        self.assertEqual(len(set(reasons.values())), 3)

    def test_invalid_utf8_is_still_scanned(self):
        self.write("bad.py", b"# \xff\xfe caf\xe9\n" + LEAK.encode(), mode="wb")
        out, _ = scan_json([self.dir])
        self.assertEqual(self.paths(out), ["bad.py"])
        self.assertEqual(out["findings"][0]["line"], 2)


if __name__ == "__main__":
    unittest.main()
