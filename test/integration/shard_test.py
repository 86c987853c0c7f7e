"""`scan --shard K/N` and `rtclint merge`: the merged report of N shards is
the unsharded scan's, byte for byte except the duration, in JSON and SARIF,
whatever -j."""
import os
import shutil
import unittest

from rtclint_test_util import HEX_SECRET, TreeTest, run

SOURCE_DIR = os.environ["SOURCE_DIR"]


def without_duration(text):
    return "\n".join(line for line in text.splitlines()
                     if '"duration_ms"' not in line)


class Shards(TreeTest):
    def setUp(self):
        super().setUp()
        self.tree = os.path.join(self.dir, "tree")
        self.out = os.path.join(self.dir, "out")
        os.makedirs(self.out)
        shutil.copytree(os.path.join(SOURCE_DIR, "examples"),
                        os.path.join(self.tree, "examples"))
        shutil.copytree(os.path.join(SOURCE_DIR, "rules", "tests"),
                        os.path.join(self.tree, "fixtures"))
        self.write("tree/big.bin", "\0" * 4096)  # skipped: binary
        self.write("tree/.rtclintignore", "ignored/\n")
        self.write("tree/ignored/a.js", f"const apiSecret = '{HEX_SECRET}';\n")

    def scan(self, fmt, extra):
        p = run(["scan", "--format", fmt, "--fail-on", "never", "."] + extra,
                cwd=self.tree, check_rc=0)
        return p.stdout

    def check(self, fmt, n, jobs):
        whole = self.scan(fmt, ["-j", str(jobs)])
        parts = []
        for k in range(1, n + 1):
            path = os.path.join(self.out, f"s{k}.{fmt}")
            with open(path, "w") as f:
                f.write(self.scan(fmt, ["-j", str(jobs), "--shard",
                                        f"{k}/{n}"]))
            parts.append(path)
        merged = os.path.join(self.out, f"merged.{fmt}")
        run(["merge", merged] + parts, check_rc=0)
        with open(merged) as f:
            self.assertEqual(without_duration(whole),
                             without_duration(f.read()))
        return parts

    def test_json_and_sarif_merge_to_the_unsharded_report(self):
        for fmt in ("json", "sarif"):
            for n, jobs in ((2, 1), (3, 2), (5, 2)):
                with self.subTest(fmt=fmt, n=n, jobs=jobs):
                    self.check(fmt, n, jobs)

    def test_every_shard_does_a_share(self):
        import json
        parts = self.check("json", 3, 2)
        scanned = [json.load(open(p))["stats"]["files_scanned"]
                   for p in parts]
        self.assertTrue(all(s > 0 for s in scanned), scanned)

    def test_bad_shard_and_merge_arguments_exit_2(self):
        for bad in ("0/3", "4/3", "x", "1/0"):
            p = run(["scan", "--shard", bad, "."], cwd=self.tree, check_rc=2)
            self.assertIn("K/N", p.stderr)
        sarif = os.path.join(self.out, "a.sarif")
        js = os.path.join(self.out, "a.json")
        with open(sarif, "w") as f:
            f.write(self.scan("sarif", []))
        with open(js, "w") as f:
            f.write(self.scan("json", []))
        p = run(["merge", "-", sarif, js], check_rc=2)
        self.assertIn("different formats", p.stderr)
        p = run(["merge", "-", os.path.join(self.out, "nope.json")],
                check_rc=2)
        self.assertIn("nope.json", p.stderr)
        p = run(["merge", "-", js], check_rc=0)  # one shard: itself
        self.assertEqual(self.scan("json", []).count("\n"),
                         p.stdout.count("\n"))


if __name__ == "__main__":
    unittest.main()
