"""librtclint-tidy.so in the real clang-tidy-19: rtclint rules as checks
`rtclint-<rule-id>` on the clang fixtures, with NOLINT and rtclint's own
suppressions."""
import json
import os
import re
import shutil
import subprocess
import unittest

from clang_util import line_of, make_tree

MODULE = os.environ.get("RTCLINT_TIDY", "build/lib/librtclint-tidy.so")
CLANG_TIDY = "clang-tidy-19"

SUPPRESSED_C = """\
#include <curl/curl.h>

void fetch(CURL *curl) {
  curl_easy_setopt(curl, CURLOPT_URL, "http://tokens.meetwell.io/a"); // NOLINT
  // rtclint-ignore-next-line: plain-http-rest-url -- local test server
  curl_easy_setopt(curl, CURLOPT_URL, "http://tokens.meetwell.io/b");
  curl_easy_setopt(curl, CURLOPT_URL, "http://tokens.meetwell.io/c");
}
"""


def tidy(root, files, checks="-*,rtclint-*", extra=()):
    return subprocess.run(
        [CLANG_TIDY, f"--load={MODULE}", f"-checks={checks}", "-p", "build",
         *extra, *files], cwd=root, capture_output=True, text=True)


def diagnostics(out):
    """(path, line, check) of every warning clang-tidy printed."""
    found = set()
    for m in re.finditer(r"^(\S+?):(\d+):\d+: warning: .*\[(rtclint-[\w-]+)\]$",
                         out, re.M):
        found.add((os.path.basename(m.group(1)), int(m.group(2)), m.group(3)))
    return found


class TidyModuleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = make_tree()
        with open(os.path.join(cls.root, "src", "suppressed.c"), "w") as f:
            f.write(SUPPRESSED_C)
        db = os.path.join(cls.root, "build", "compile_commands.json")
        with open(db) as f:
            entries = json.load(f)
        entries.append({"directory": os.path.join(cls.root, "build"),
                        "arguments": ["clang-19", "-isystem",
                                      "../sysroot/include", "-c",
                                      "../src/suppressed.c"],
                        "file": "../src/suppressed.c"})
        with open(db, "w") as f:
            json.dump(entries, f)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.root, ignore_errors=True)

    def test_checks_are_listed(self):
        p = tidy(self.root, ["src/native_app.c"], extra=["--list-checks"])
        self.assertEqual(p.returncode, 0, p.stderr)
        for check in ("rtclint-plain-http-rest-url",
                      "rtclint-tls-verification-disabled",
                      "rtclint-vonage-api-secret"):
            self.assertIn(check, p.stdout)
        self.assertNotIn("rtclint-unused-suppression", p.stdout)

    def test_findings_on_native_and_cpp_code(self):
        p = tidy(self.root, ["src/native_app.c", "src/rest_service.cpp"])
        got = diagnostics(p.stdout)
        want = {
            ("native_app.c",
             line_of(self.root, "src/native_app.c", "#define TOKEN_URL"),
             "rtclint-plain-http-rest-url"),
            ("native_app.c",
             line_of(self.root, "src/native_app.c",
                     "CURLOPT_SSL_VERIFYPEER, 0L"),
             "rtclint-tls-verification-disabled"),
            ("rest_service.cpp",
             line_of(self.root, "src/rest_service.cpp",
                     "#define PROJECT_CREDENTIAL"),
             "rtclint-vonage-api-secret"),
        }
        self.assertTrue(want <= got, f"{want - got} missing:\n{p.stdout}")
        secure = line_of(self.root, "src/native_app.c", "#define SECURE_URL")
        self.assertNotIn(("native_app.c", secure,
                          "rtclint-plain-http-rest-url"), got)
        # Secrets are redacted in the messages too (clang-tidy itself echoes
        # the source line below each message).
        messages = [l for l in p.stdout.splitlines() if ": warning: " in l]
        self.assertTrue(messages)
        for line in messages:
            self.assertNotIn("8c1f4e7a92b03d56e1a7c4f08b92d3e6a5f71c08", line)

    def test_one_check_alone(self):
        p = tidy(self.root, ["src/native_app.c"],
                 checks="-*,rtclint-tls-verification-disabled")
        checks = {c for _, _, c in diagnostics(p.stdout)}
        self.assertEqual(checks, {"rtclint-tls-verification-disabled"},
                         p.stdout)

    def test_nolint_and_rtclint_ignore(self):
        p = tidy(self.root, ["src/suppressed.c"])
        lines = sorted(l for f, l, _ in diagnostics(p.stdout)
                       if f == "suppressed.c")
        self.assertEqual(lines, [7], p.stdout + p.stderr)

    def test_severity_option_off(self):
        cfg = ("{CheckOptions: {rtclint-tls-verification-disabled.Severity: "
               "off}}")
        p = tidy(self.root, ["src/native_app.c"],
                 extra=[f"--config={cfg}"])
        checks = {c for _, _, c in diagnostics(p.stdout)}
        self.assertNotIn("rtclint-tls-verification-disabled", checks)
        self.assertIn("rtclint-plain-http-rest-url", checks)


if __name__ == "__main__":
    unittest.main()
