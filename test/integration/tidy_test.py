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

# A project header with a finding of its own, included by a TU that has one.
ENDPOINTS_H = """\
#ifndef ENDPOINTS_H
#define ENDPOINTS_H
#include <curl/curl.h>

static inline void use_profile_endpoint(CURL *curl) {
  curl_easy_setopt(curl, CURLOPT_URL, "http://profiles.meetwell.io/v1/me");
}
#endif
"""

PROFILE_C = """\
#include <curl/curl.h>
#include "endpoints.h"

void profile(CURL *curl) {
  use_profile_endpoint(curl);
  curl_easy_setopt(curl, CURLOPT_URL, "http://avatars.meetwell.io/v1");
}
"""


TOKENS_CPP = """\
#include <string>

namespace opentok {
struct TokenOptions {
  std::string data;
  long expireTime = 0;
};
struct OpenTok {
  std::string generateToken(const std::string &SessionId,
                            const TokenOptions &Opts);
};
} // namespace opentok

std::string recordingToken(opentok::OpenTok &Ot, const std::string &Sid) {
  opentok::TokenOptions Opts;
  Opts.expireTime = 2 * 24 * 60 * 60;
  return Ot.generateToken(Sid, Opts);
}

std::string callToken(opentok::OpenTok &Ot, const std::string &Sid) {
  opentok::TokenOptions CallOpts;
  CallOpts.expireTime = 2 * 60 * 60;
  return Ot.generateToken(Sid, CallOpts);
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
        with open(os.path.join(cls.root, "src", "tokens.cpp"), "w") as f:
            f.write(TOKENS_CPP)
        for name, text in (("endpoints.h", ENDPOINTS_H),
                           ("profile.c", PROFILE_C)):
            with open(os.path.join(cls.root, "src", name), "w") as f:
                f.write(text)
        db = os.path.join(cls.root, "build", "compile_commands.json")
        with open(db) as f:
            entries = json.load(f)
        entries.append({"directory": os.path.join(cls.root, "build"),
                        "arguments": ["clang-19", "-isystem",
                                      "../sysroot/include", "-c",
                                      "../src/suppressed.c"],
                        "file": "../src/suppressed.c"})
        entries.append({"directory": os.path.join(cls.root, "build"),
                        "arguments": ["clang-19", "-isystem",
                                      "../sysroot/include", "-c",
                                      "../src/profile.c"],
                        "file": "../src/profile.c"})
        entries.append({"directory": os.path.join(cls.root, "build"),
                        "arguments": ["clang++-19", "-std=c++17", "-c",
                                      "../src/tokens.cpp"],
                        "file": "../src/tokens.cpp"})
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

    def test_header_findings_follow_the_header_filter(self):
        checks = "-*,rtclint-plain-http-rest-url"
        main = ("profile.c", line_of(self.root, "src/profile.c", "avatars"),
                "rtclint-plain-http-rest-url")
        header = ("endpoints.h",
                  line_of(self.root, "src/endpoints.h", "profiles.meetwell"),
                  "rtclint-plain-http-rest-url")
        # Default: clang-tidy shows the main file only.
        p = tidy(self.root, ["src/profile.c"], checks=checks)
        got = diagnostics(p.stdout)
        self.assertEqual(got, {main}, p.stdout + p.stderr)
        self.assertIn("in non-user code", p.stderr)
        # The header filter shows the header's finding, once.
        for how in (["-header-filter=.*"],
                    ["--config={HeaderFilterRegex: 'endpoints'}"]):
            p = tidy(self.root, ["src/profile.c"], checks=checks, extra=how)
            got = diagnostics(p.stdout)
            self.assertEqual(got, {main, header}, p.stdout + p.stderr)
            self.assertEqual(p.stdout.count(f"endpoints.h:{header[1]}:"), 1,
                             p.stdout)
        # System headers stay out, whatever the filter says.
        p = tidy(self.root, ["src/profile.c"], checks=checks,
                 extra=["-header-filter=.*", "-system-headers"])
        self.assertFalse({f for f, _, _ in diagnostics(p.stdout)} -
                         {"profile.c", "endpoints.h"}, p.stdout)

    def test_severity_option_off(self):
        cfg = ("{CheckOptions: {rtclint-tls-verification-disabled.Severity: "
               "off}}")
        p = tidy(self.root, ["src/native_app.c"],
                 extra=[f"--config={cfg}"])
        checks = {c for _, _, c in diagnostics(p.stdout)}
        self.assertNotIn("rtclint-tls-verification-disabled", checks)
        self.assertIn("rtclint-plain-http-rest-url", checks)

    def expiry_lines(self, cfg=None):
        extra = [f"--config={cfg}"] if cfg else []
        p = tidy(self.root, ["src/tokens.cpp"],
                 checks="-*,rtclint-token-expiry-too-long", extra=extra)
        self.assertEqual(p.returncode, 0, p.stderr)
        return sorted(l for f, l, _ in diagnostics(p.stdout))

    def test_rule_option_changes_the_finding(self):
        two_days = line_of(self.root, "src/tokens.cpp", "= 2 * 24 * 60")
        two_hours = line_of(self.root, "src/tokens.cpp", "= 2 * 60 * 60")
        self.assertEqual(self.expiry_lines(), [two_days])
        opt = "rtclint-token-expiry-too-long.max-seconds"
        self.assertEqual(self.expiry_lines(f"{{CheckOptions: {{{opt}: 604800}}}}"),
                         [])
        self.assertEqual(self.expiry_lines(f"{{CheckOptions: {{{opt}: 3600}}}}"),
                         [two_days, two_hours])

    def test_list_option_as_a_string(self):
        # Only `ttl` names an expiry now: expireTime is not followed.
        opt = "rtclint-token-expiry-too-long.expiry-options"
        self.assertEqual(
            self.expiry_lines(f"{{CheckOptions: {{{opt}: 'ttl;lifetime'}}}}"),
            [])

    def test_dump_config_shows_rule_options(self):
        cfg = ("{CheckOptions: {rtclint-token-expiry-too-long.max-seconds: "
               "3600}}")
        p = tidy(self.root, ["src/tokens.cpp"],
                 checks="-*,rtclint-token-expiry-too-long,"
                        "rtclint-pii-in-token-data",
                 extra=[f"--config={cfg}", "--dump-config"])
        self.assertEqual(p.returncode, 0, p.stderr)
        out = p.stdout
        self.assertRegex(out, r"rtclint-token-expiry-too-long\.max-seconds'?:"
                              r" '?3600")
        self.assertRegex(out, r"rtclint-token-expiry-too-long\.expiry-options"
                              r"'?: '?expireTime;expire_time;")
        self.assertIn("rtclint-pii-in-token-data.personal-data", out)

    def test_bad_option_value_is_reported(self):
        cfg = ("{CheckOptions: {rtclint-token-expiry-too-long.max-seconds: "
               "soon}}")
        p = tidy(self.root, ["src/tokens.cpp"],
                 checks="-*,rtclint-token-expiry-too-long",
                 extra=[f"--config={cfg}"])
        self.assertIn("invalid value 'soon'", p.stdout + p.stderr)

    def test_run_clang_tidy_over_the_database(self):
        p = subprocess.run(
            ["run-clang-tidy-19", "-load", MODULE, "-checks=-*,rtclint-*",
             "-p", "build", "-j", "2", "-quiet"],
            cwd=self.root, capture_output=True, text=True)
        got = diagnostics(p.stdout)
        want = {
            ("native_app.c",
             line_of(self.root, "src/native_app.c",
                     "CURLOPT_SSL_VERIFYPEER, 0L"),
             "rtclint-tls-verification-disabled"),
            ("tokens.cpp", line_of(self.root, "src/tokens.cpp",
                                   "= 2 * 24 * 60"),
             "rtclint-token-expiry-too-long"),
            ("suppressed.c", 7, "rtclint-plain-http-rest-url"),
        }
        self.assertTrue(want <= got, f"{want - got} missing:\n{p.stdout}")
        # One report per TU: the suppressed lines stay suppressed.
        self.assertNotIn(("suppressed.c", 4, "rtclint-plain-http-rest-url"),
                         got)


if __name__ == "__main__":
    unittest.main()
