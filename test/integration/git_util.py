"""Throw-away git repositories for the git-mode integration tests."""
import os
import subprocess

from rtclint_test_util import TreeTest

GIT_ENV = dict(os.environ,
               GIT_AUTHOR_NAME="Ada Tester", GIT_AUTHOR_EMAIL="ada@example.com",
               GIT_COMMITTER_NAME="Ada Tester",
               GIT_COMMITTER_EMAIL="ada@example.com",
               GIT_CONFIG_NOSYSTEM="1", HOME=os.environ.get("HOME", "/tmp"))


class RepoTest(TreeTest):
    """A TreeTest whose directory is a fresh git repository."""

    def setUp(self):
        super().setUp()
        self.git("init", "-q", "-b", "main")
        self.git("config", "commit.gpgsign", "false")
        self.git("config", "core.hooksPath", ".git/hooks")

    def git(self, *args, check=True, env=None):
        p = subprocess.run(["git", "-C", self.dir] + list(args),
                           capture_output=True, text=True,
                           env=env or GIT_ENV)
        if check and p.returncode != 0:
            raise AssertionError(f"git {' '.join(args)} failed:\n{p.stderr}")
        return p

    def commit(self, message, date="2024-01-01T00:00:00Z"):
        self.git("add", "-A")
        env = dict(GIT_ENV, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
        self.git("commit", "-q", "-m", message, env=env)


def unsuppressed(report):
    return [f for f in report["findings"] if not f.get("suppressed")]
