"""Shared helpers for the CLI integration tests: run the real binary on temp
trees and parse what it prints."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

RTCLINT = os.environ.get("RTCLINT", "build/bin/rtclint")
SOURCE_DIR = os.environ.get("SOURCE_DIR", ".")

# Fake credentials of real shape, built at run time so this file is not
# itself a finding.
HEX_SECRET = "".join("9f3a7c1e5b2d8046"[(i * 7) % 16] for i in range(40))
AWS_KEY_ID = "AKIA" + "QX7RZ2JH4WB6NPLT"


def run(args, cwd=None, check_rc=None):
    p = subprocess.run([RTCLINT] + args, cwd=cwd, capture_output=True,
                       text=True, errors="replace")
    if check_rc is not None and p.returncode != check_rc:
        raise AssertionError(
            f"rtclint {' '.join(args)} exited {p.returncode}, expected "
            f"{check_rc}\nstdout:\n{p.stdout}\nstderr:\n{p.stderr}")
    return p


def scan_json(args, cwd=None):
    p = run(["scan", "--format", "json"] + args, cwd=cwd)
    assert p.returncode in (0, 1), p.stderr
    return json.loads(p.stdout), p


class TreeTest(unittest.TestCase):
    """A test with a fresh temporary directory, removed afterwards."""

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="rtclint-test-")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def write(self, rel, content, mode="w"):
        path = os.path.join(self.dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, mode) as f:
            f.write(content)
        return path
