"""Run the real binary on hostile trees, with a time and a memory bound
checked on every run."""
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

RTCLINT = os.environ.get("RTCLINT", "build/bin/rtclint")
# A sanitizer build (make test-asan) needs more of both: ASan's shadow
# memory and quarantine, and its slower allocator. The bounds still catch
# the super-linear cases they are there for.
TIME_SCALE = float(os.environ.get("RTCLINT_TIME_SCALE", "1"))
MEMORY_SCALE = float(os.environ.get("RTCLINT_MEMORY_SCALE", "1"))

# A credential of real shape, built at run time so this file is no finding.
HEX_SECRET = "".join("9f3a7c1e5b2d8046"[(i * 7) % 16] for i in range(40))
SECRET_LINE = "const OPENTOK_API_SECRET = '%s';\n" % HEX_SECRET


class Run:
    def __init__(self, rc, out, err, seconds, rss_mb):
        self.rc, self.out, self.err = rc, out, err
        self.seconds, self.rss_mb = seconds, rss_mb

    def json(self):
        return json.loads(self.out)


def run_bounded(args, seconds=10.0, mb=250, cwd=None):
    """Runs rtclint; fails when it outlives `seconds` or its peak RSS
    passes `mb`. The child's own rusage comes from wait4."""
    seconds *= TIME_SCALE
    mb *= MEMORY_SCALE
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        p = subprocess.Popen([RTCLINT] + args, stdout=out, stderr=err,
                             stdin=subprocess.DEVNULL, cwd=cwd)
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > seconds:
                p.send_signal(signal.SIGKILL)
                os.wait4(p.pid, 0)
                p.returncode = -9
                raise AssertionError(
                    f"rtclint {' '.join(args)} ran over {seconds} s")
            time.sleep(0.01)
        p.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        r = Run(p.returncode, out.read().decode("utf-8", "replace"),
                err.read().decode("utf-8", "replace"), elapsed,
                ru.ru_maxrss / 1024.0)
    if r.rss_mb > mb:
        raise AssertionError(
            f"rtclint {' '.join(args)} used {r.rss_mb:.0f} MB (bound {mb})")
    return r


def scan(args, expect_rc, seconds=10.0, mb=250, cwd=None):
    r = run_bounded(["scan", "--format", "json", "--fail-on", "error"] + args,
                    seconds, mb, cwd)
    assert r.rc == expect_rc, (
        f"exit {r.rc}, expected {expect_rc}\nstderr:\n{r.err[-2000:]}")
    return r


class TreeTest(unittest.TestCase):
    def setUp(self):
        self.dir = os.path.realpath(tempfile.mkdtemp(prefix="rtclint-hostile-"))

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def path(self, rel):
        return os.path.join(self.dir, rel)

    def write(self, rel, content, mode="w", **kw):
        p = self.path(rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, mode, **kw) as f:
            f.write(content)
        return p

    def git_init(self):
        subprocess.run(["git", "init", "-q", self.dir], check=True)

    def rules(self, r):
        return sorted((f["path"].rsplit("/", 1)[-1], f["rule"], f["line"])
                      for f in r.json()["findings"])

    def skipped(self, r):
        return {s["path"].rsplit("/", 1)[-1]: s["reason"]
                for s in r.json().get("skipped", [])}
