"""The real pre-commit framework runs the hook from .pre-commit-hooks.yaml
in a temporary repository; `rtclint install-hook` writes a plain hook."""
import os
import shutil
import subprocess
import unittest

from git_util import GIT_ENV, RepoTest
from rtclint_test_util import HEX_SECRET, RTCLINT, SOURCE_DIR, run

SECRET_LINE = f"const opentok = new OpenTok('45828062', '{HEX_SECRET}');\n"


def hook_env(tmp):
    """rtclint on PATH (the hook uses language: system), pre-commit's cache
    inside the test's directory, no network."""
    bindir = os.path.join(tmp, "bin")
    os.makedirs(bindir, exist_ok=True)
    link = os.path.join(bindir, "rtclint")
    if not os.path.exists(link):
        os.symlink(os.path.abspath(RTCLINT), link)
    return dict(GIT_ENV, PATH=bindir + os.pathsep + os.environ["PATH"],
                PRE_COMMIT_HOME=os.path.join(tmp, "cache"))


@unittest.skipUnless(shutil.which("pre-commit"), "pre-commit not installed")
class PreCommitFramework(RepoTest):
    def setUp(self):
        super().setUp()
        self.env = hook_env(self.dir + "-tools")
        # The hook repository: this source tree's hook definition, committed
        # in a repository of its own (pre-commit clones hook repos).
        self.hooks = self.dir + "-hooks"
        os.makedirs(self.hooks)
        shutil.copy(os.path.join(SOURCE_DIR, ".pre-commit-hooks.yaml"),
                    self.hooks)
        for args in (["init", "-q", "-b", "main"], ["add", "-A"],
                     ["-c", "commit.gpgsign=false", "commit", "-q", "-m",
                      "hooks"]):
            subprocess.run(["git", "-C", self.hooks] + args, check=True,
                           capture_output=True, env=GIT_ENV)
        rev = subprocess.run(["git", "-C", self.hooks, "rev-parse", "HEAD"],
                             capture_output=True, text=True, check=True,
                             env=GIT_ENV).stdout.strip()
        self.write(".pre-commit-config.yaml",
                   f"repos:\n  - repo: {self.hooks}\n    rev: {rev}\n"
                   "    hooks:\n      - id: rtclint\n")
        self.git("config", "--unset", "core.hooksPath")
        p = subprocess.run(["pre-commit", "install"], cwd=self.dir,
                           capture_output=True, text=True, env=self.env)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.write("README.md", "demo\n")
        self.try_commit("init", expect_ok=True)

    def tearDown(self):
        shutil.rmtree(self.hooks, ignore_errors=True)
        shutil.rmtree(self.dir + "-tools", ignore_errors=True)
        super().tearDown()

    def try_commit(self, message, expect_ok):
        self.git("add", "-A", env=self.env)
        p = subprocess.run(["git", "commit", "-q", "-m", message],
                           cwd=self.dir, capture_output=True, text=True,
                           env=self.env)
        out = p.stdout + p.stderr
        self.assertEqual(p.returncode == 0, expect_ok, out)
        return out

    def test_staged_secret_is_refused_with_the_finding(self):
        self.write("server.js", SECRET_LINE)
        out = self.try_commit("add secret", expect_ok=False)
        self.assertIn("server.js:1:", out)
        self.assertIn("[vonage-api-secret]", out)
        self.assertNotIn(HEX_SECRET, out)
        log = self.git("log", "--oneline").stdout
        self.assertNotIn("add secret", log)

    def test_clean_commit_passes(self):
        self.write("client.js", "fetch('https://api.opentok.com');\n")
        out = self.try_commit("clean", expect_ok=True)
        self.assertIn("rtclint", out)
        self.assertIn("clean", self.git("log", "--oneline").stdout)


class InstallHook(RepoTest):
    def test_plain_hook_blocks_and_passes(self):
        env = hook_env(self.dir + "-tools")
        self.addCleanup(shutil.rmtree, self.dir + "-tools", True)
        run(["install-hook"], cwd=self.dir, check_rc=0)
        hook = os.path.join(self.dir, ".git", "hooks", "pre-commit")
        self.assertTrue(os.access(hook, os.X_OK))
        self.write("server.js", SECRET_LINE)
        self.git("add", "-A")
        p = subprocess.run(["git", "commit", "-q", "-m", "secret"],
                           cwd=self.dir, capture_output=True, text=True,
                           env=env)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("[vonage-api-secret]", p.stdout + p.stderr)
        self.git("rm", "-q", "--cached", "server.js")
        os.remove(os.path.join(self.dir, "server.js"))
        self.write("a.js", "const a = 1;\n")
        self.git("add", "-A")
        p = subprocess.run(["git", "commit", "-q", "-m", "clean"],
                           cwd=self.dir, capture_output=True, text=True,
                           env=env)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def test_foreign_hook_needs_force(self):
        self.write(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n")
        p = run(["install-hook"], cwd=self.dir, check_rc=2)
        self.assertIn("--force", p.stderr)
        with open(os.path.join(self.dir, ".git/hooks/pre-commit")) as f:
            self.assertEqual(f.read(), "#!/bin/sh\nexit 0\n")
        run(["install-hook", "--force"], cwd=self.dir, check_rc=0)
        with open(os.path.join(self.dir, ".git/hooks/pre-commit")) as f:
            self.assertIn("scan --staged", f.read())

    def test_outside_a_repository(self):
        p = run(["install-hook"], cwd="/")
        self.assertEqual(p.returncode, 2)


if __name__ == "__main__":
    unittest.main()
