"""Hostile file system objects: ignore files and rule files that are FIFOs,
devices or links out of the tree; devices and sockets in the tree; symlink
loops and escapes; files that vanish or turn into FIFOs during the scan;
100,000 files."""
import os
import socket
import threading
import unittest

from hostile_util import SECRET_LINE, TreeTest, run_bounded, scan


class IgnoreFiles(TreeTest):
    def check_ignore_file(self, name, make):
        self.write("a.js", SECRET_LINE)
        make(self.path(name))
        r = scan([self.dir], expect_rc=1, seconds=10, mb=250)
        self.assertEqual(self.rules(r), [("a.js", "vonage-api-secret", 1)])
        return r

    def test_fifo_ignore_files_do_not_hang(self):
        for name, git in ((".rtclintignore", False), (".gitignore", True)):
            with self.subTest(name=name):
                self.tearDown()
                self.setUp()
                if git:
                    self.git_init()
                r = self.check_ignore_file(name, os.mkfifo)
                self.assertEqual(self.skipped(r).get(name), "special")

    def test_ignore_files_linked_to_devices_are_not_read(self):
        for dev in ("/dev/zero", "/dev/urandom"):
            for name in (".rtclintignore", ".gitignore"):
                with self.subTest(dev=dev, name=name):
                    self.tearDown()
                    self.setUp()
                    self.git_init()
                    r = self.check_ignore_file(
                        name, lambda p: os.symlink(dev, p))
                    self.assertIn(self.skipped(r).get(name),
                                  ("special", "symlink-outside"))

    def test_ignore_file_linked_out_of_the_tree_is_not_applied(self):
        outside = os.path.normpath(
            self.write("../outside-ignore-%d" % os.getpid(), "*.js\n"))
        try:
            for name in (".rtclintignore", ".gitignore"):
                with self.subTest(name=name):
                    self.tearDown()
                    self.setUp()
                    self.git_init()
                    r = self.check_ignore_file(
                        name, lambda p: os.symlink(outside, p))
                    self.assertEqual(self.skipped(r).get(name),
                                     "symlink-outside")
        finally:
            os.unlink(outside)

    def test_deep_double_star_patterns_are_linear(self):
        deep = "/".join(["a"] * 150)
        self.write(deep + "/x.js", SECRET_LINE)
        pattern = "**/a/**/a/**/a/**/a/**/a/**/a/**/b"
        self.write(".rtclintignore", pattern + "\n")
        r = scan([self.dir], expect_rc=1, seconds=10, mb=250)
        self.assertEqual(len(r.json()["findings"]), 1)
        r = scan(["--exclude", pattern, self.dir], expect_rc=1, seconds=10,
                 mb=250)
        self.assertEqual(len(r.json()["findings"]), 1)


class RuleFiles(TreeTest):
    def test_fifo_and_device_rule_files_fail_cleanly(self):
        os.makedirs(self.path("rules"))
        os.mkfifo(self.path("rules/a.yaml"))
        os.symlink("/dev/zero", self.path("rules/b.yaml"))
        self.write("src/a.js", "x\n")
        r = run_bounded(["scan", "--rules", self.path("rules"),
                         self.path("src")], seconds=10, mb=250)
        self.assertEqual(r.rc, 2, r.err)
        self.assertIn("a.yaml", r.err)
        self.assertIn("fifo", r.err)
        self.assertIn("b.yaml", r.err)
        self.assertIn("character device", r.err)


    def test_fuzzer_found_rule_files_fail_cleanly(self):
        # Every input a fuzzer found in the rule loader: an error, never a
        # hang (yaml-cpp alone loops forever on a stray ',').
        reg = os.path.join(os.path.dirname(__file__), "..", "fuzz",
                           "regressions")
        for name in sorted(os.listdir(reg)):
            if not name.endswith(".yaml"):
                continue
            with self.subTest(name=name):
                os.makedirs(self.path("rules"), exist_ok=True)
                with open(os.path.join(reg, name), "rb") as f:
                    self.write("rules/r.yaml", f.read(), mode="wb")
                self.write("src/a.js", "x\n")
                r = run_bounded(["scan", "--rules", self.path("rules"),
                                 self.path("src")], seconds=10, mb=250)
                self.assertEqual(r.rc, 2, r.err)
                self.assertIn("r.yaml:", r.err)

class SpecialFiles(TreeTest):
    def test_fifos_sockets_and_devices_are_skipped_and_counted(self):
        self.write("a.js", SECRET_LINE)
        os.mkfifo(self.path("pipe.js"))
        s = socket.socket(socket.AF_UNIX)
        s.bind(self.path("sock.js"))
        os.symlink("/dev/zero", self.path("zero.js"))
        try:
            r = scan([self.dir], expect_rc=1, seconds=10, mb=250)
        finally:
            s.close()
        self.assertEqual(self.rules(r), [("a.js", "vonage-api-secret", 1)])
        sk = self.skipped(r)
        self.assertEqual(sk.get("pipe.js"), "special")
        self.assertEqual(sk.get("sock.js"), "special")
        self.assertEqual(sk.get("zero.js"), "symlink-outside")

    def test_symlink_loops_and_escapes(self):
        self.write("a.js", SECRET_LINE)
        os.symlink(".", self.path("loop"))
        os.symlink("self", self.path("self"))
        os.symlink("/etc/passwd", self.path("passwd.js"))
        os.symlink("/", self.path("root"))
        r = scan([self.dir], expect_rc=1, seconds=10, mb=250)
        self.assertEqual(self.rules(r), [("a.js", "vonage-api-secret", 1)])
        self.assertEqual(self.skipped(r).get("passwd.js"), "symlink-outside")

    def test_file_swapped_for_fifo_or_outside_link_during_scan(self):
        # Many files, each swapped for a FIFO or a link to /etc/passwd while
        # the scan runs: whatever the timing, nothing hangs or leaves the
        # tree.
        names = ["f%04d.py" % i for i in range(2000)]
        for n in names:
            self.write(n, "x = 1\n")
        stop = threading.Event()

        def swap():
            for i, n in enumerate(names):
                if stop.is_set():
                    return
                p = self.path(n)
                try:
                    os.unlink(p)
                    if i % 2:
                        os.mkfifo(p)
                    else:
                        os.symlink("/etc/passwd", p)
                except OSError:
                    pass
        t = threading.Thread(target=swap)
        t.start()
        try:
            r = run_bounded(["scan", "--format", "json", "-j", "2",
                             self.dir], seconds=20, mb=250)
        finally:
            stop.set()
            t.join()
        self.assertIn(r.rc, (0, 1), r.err)
        self.assertNotIn("root:", r.out)

    def test_files_vanishing_during_scan(self):
        names = ["d%d/f%d.js" % (i % 50, i) for i in range(3000)]
        for n in names:
            self.write(n, SECRET_LINE)

        def remove():
            for n in names:
                try:
                    os.unlink(self.path(n))
                except OSError:
                    pass
        t = threading.Thread(target=remove)
        t.start()
        r = run_bounded(["scan", "--format", "json", self.dir], seconds=20,
                        mb=250)
        t.join()
        self.assertIn(r.rc, (0, 1), r.err)


class ManyFiles(TreeTest):
    def test_100000_tiny_files(self):
        for d in range(100):
            os.makedirs(self.path("d%d" % d))
            for f in range(1000):
                with open(self.path("d%d/f%d.txt" % (d, f)), "w") as fh:
                    fh.write("x")
        r = scan([self.dir], expect_rc=0, seconds=60, mb=250)
        self.assertEqual(r.json()["stats"]["files_scanned"], 100000)


if __name__ == "__main__":
    unittest.main()
