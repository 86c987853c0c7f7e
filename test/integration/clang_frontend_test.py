"""rtclint scan -p: the clang frontend on realistic C, C++ and Objective-C
fixtures with a generated compile_commands.json, against the token frontend
on the same files."""
import json
import os
import shutil
import tempfile
import unittest

from clang_util import line_of, make_tree
from rtclint_test_util import run, scan_json


class ClangFrontendTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = make_tree()
        cls.clang, cls.clang_run = scan_json(
            ["-p", "build", "src", "--no-redact", "-j", "2"], cwd=cls.root)
        cls.token, _ = scan_json(["src", "--no-redact"], cwd=cls.root)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.root, ignore_errors=True)

    def found(self, result, rule, rel, needle):
        line = line_of(self.root, rel, needle)
        return any(f["rule"] == rule and f["path"] == rel and
                   f["line"] == line for f in result["findings"])

    def assertAstOnly(self, rule, rel, needle):
        self.assertTrue(self.found(self.clang, rule, rel, needle),
                        f"clang frontend misses {rule} at {needle!r}")
        self.assertFalse(self.found(self.token, rule, rel, needle),
                         f"token frontend already finds {rule} at {needle!r}")

    def assertClang(self, rule, rel, needle, present=True):
        self.assertEqual(self.found(self.clang, rule, rel, needle), present,
                         f"{rule} at {needle!r} in {rel}")

    def test_stats_name_the_frontends(self):
        stats = self.clang["stats"]
        self.assertEqual(stats["files_by_frontend"].get("clang"), 3, stats)
        self.assertEqual(stats["files_by_frontend"].get("token-fallback"), 1)
        self.assertEqual(self.token["stats"]["c_family_token_frontend"], 4)

    def test_failed_parse_degrades_with_a_note(self):
        err = self.clang_run.stderr
        self.assertIn("LegacyViewController.m: clang could not parse it", err)
        self.assertIn("Foundation/Foundation.h", err)
        # Still scanned, by the token frontend.
        self.assertClang("plain-http-rest-url", "src/LegacyViewController.m",
                         "kFallbackURL = @")

    def test_url_from_constant_parts_through_macros(self):
        # Reported at the spelling in the #define, the use as a note.
        self.assertAstOnly("plain-http-rest-url", "src/native_app.c",
                           "#define TOKEN_URL")
        self.assertClang("plain-http-rest-url", "src/native_app.c",
                         "#define SECURE_URL", present=False)

    def test_url_from_std_string_concatenation(self):
        self.assertAstOnly("plain-http-rest-url", "src/rest_service.cpp",
                           "std::string(kScheme) + API_HOST")
        self.assertClang("plain-http-rest-url", "src/rest_service.cpp",
                         "std::string(kSecureScheme)", present=False)

    def test_url_from_static_snprintf(self):
        self.assertAstOnly("plain-http-rest-url", "src/rest_service.cpp",
                           "std::snprintf(url")

    def test_secret_through_macro_and_constexpr(self):
        self.assertAstOnly("vonage-api-secret", "src/rest_service.cpp",
                           "#define PROJECT_CREDENTIAL")

    def test_call_through_typedefd_function_pointer(self):
        calls = [f for f in self.clang["findings"]
                 if f["path"] == "src/native_app.c"
                 and f["rule"] == "hardcoded-session-id"]
        self.assertEqual(len(calls), 1, calls)

    def test_native_sdk_and_libcurl(self):
        self.assertClang("tls-verification-disabled", "src/native_app.c",
                         "CURLOPT_SSL_VERIFYPEER, 0L")
        self.assertClang("tls-verification-disabled", "src/native_app.c",
                         "CURLOPT_SSL_VERIFYPEER, 1L", present=False)
        self.assertClang("shared-client-token", "src/native_app.c",
                         "#define DEMO_TOKEN")

    def test_objc_view_controller(self):
        rel = "src/RoomViewController.m"
        self.assertClang("hardcoded-session-id", rel, '@"2_MX4')
        self.assertClang("plain-http-rest-url", rel, '@"http://video')
        self.assertClang("plain-http-rest-url", rel, '@"https://video',
                         present=False)
        self.assertClang("cleartext-traffic-allowed", rel,
                         "NSAllowsArbitraryLoads")
        self.assertAstOnly("tls-verification-disabled", rel,
                           "credentialForTrust:trust")

    def test_negatives(self):
        for f in self.clang["findings"]:
            self.assertTrue(f["path"].startswith("src/"), f)
        self.assertClang("shared-client-token", "src/native_app.c",
                         'getenv("VONAGE_CLIENT_TOKEN")', present=False)

    def test_deterministic(self):
        again, _ = scan_json(["-p", "build", "src", "--no-redact", "-j", "1"],
                             cwd=self.root)
        strip = lambda r: [dict(f) for f in r["findings"]]
        self.assertEqual(strip(again), strip(self.clang))


class CompilationDatabaseErrorsTest(unittest.TestCase):
    def setUp(self):
        self.root = make_tree()

    def tearDown(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def test_missing_database(self):
        p = run(["scan", "-p", "nowhere", "src"], cwd=self.root)
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertIn("no compile_commands.json", p.stderr)

    def test_malformed_database(self):
        with open(os.path.join(self.root, "build", "compile_commands.json"),
                  "w") as f:
            f.write('[{"directory": "/tmp", "file": ')
        p = run(["scan", "-p", "build", "src"], cwd=self.root)
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertIn("compile_commands.json", p.stderr)

    def test_bad_ast_matcher_is_a_rule_error(self):
        rules = os.path.join(self.root, "myrules")
        os.makedirs(rules)
        with open(os.path.join(rules, "bad.yaml"), "w") as f:
            f.write("id: bad-matcher\ntitle: Bad\ncategory: transport\n"
                    "severity: warning\nmessage: m\nlanguages: [c]\n"
                    "patterns:\n  - on: ast\n"
                    "    ast: callExpr(calee(functionDecl()))\n")
        p = run(["scan", "--rules", rules, "src"], cwd=self.root)
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertIn("bad.yaml:9:10: error: invalid ast matcher", p.stderr)
        self.assertIn("calee", p.stderr)

    def test_user_ast_rule(self):
        rules = os.path.join(self.root, "myrules")
        os.makedirs(rules)
        with open(os.path.join(rules, "connect.yaml"), "w") as f:
            f.write(
                "id: literal-connect-token\ntitle: Literal token\n"
                "category: sessions\nseverity: warning\n"
                "message: 'token literal passed to {name}'\n"
                "languages: [c]\nkeywords: [otc_session_connect]\n"
                "patterns:\n  - on: ast\n"
                "    ast: callExpr(callee(functionDecl(hasName("
                "\"otc_session_connect\"))), hasArgument(1, "
                "ignoringParenImpCasts(stringLiteral().bind(\"tok\"))))\n"
                "    bind: tok\n")
        result, p = scan_json(["-p", "build", "--rules", rules,
                               "--enable", "literal-connect-token", "src"],
                              cwd=self.root)
        lines = [f["line"] for f in result["findings"]
                 if f["rule"] == "literal-connect-token"]
        self.assertEqual(
            lines, [line_of(self.root, "src/native_app.c", "#define DEMO_TOKEN")],
            p.stderr)


HEADER = """\
#pragma once
// ruleid: vonage-api-secret
#define VIDEO_API_SECRET "7d1e4b9a02c35f68e1b7a4c09d2f3e5b6a8c1d04"
static const char *const kSignalHost = "https://signal.meetwell.io";
"""

TU = """\
#include "credentials.h"
#include <string.h>

int secret_length_{n}(void) {{ return (int)strlen(VIDEO_API_SECRET); }}
"""

LONE_HEADER = """\
#pragma once
#define LONE_API_SECRET "3c5a9e1f7b2d4068a1c3e5f7092b4d6f8a0c2e41"
"""


class HeaderThroughTUsTest(unittest.TestCase):
    """A project header is analysed once, through the first TU (sorted) that
    includes it; a header no TU includes goes to the token frontend."""

    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="rtclint-headers-")
        src = os.path.join(self.root, "src")
        os.makedirs(os.path.join(self.root, "include"))
        os.makedirs(src)
        os.makedirs(os.path.join(self.root, "build"))
        with open(os.path.join(self.root, "include", "credentials.h"),
                  "w") as f:
            f.write(HEADER)
        with open(os.path.join(self.root, "include", "lone.h"), "w") as f:
            f.write(LONE_HEADER)
        entries = []
        for n in ("a", "b", "c"):
            with open(os.path.join(src, f"{n}.c"), "w") as f:
                f.write(TU.format(n=n))
            entries.append({"directory": os.path.join(self.root, "build"),
                            "arguments": ["cc", "-I../include", "-c",
                                          f"../src/{n}.c"],
                            "file": f"../src/{n}.c"})
        with open(os.path.join(self.root, "build", "compile_commands.json"),
                  "w") as f:
            json.dump(entries, f)

    def tearDown(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def scan(self, jobs):
        result, p = scan_json(["-p", "build", "src", "include", "--no-redact",
                               "-j", str(jobs)], cwd=self.root)
        return result

    def test_one_finding_at_the_header_whatever_the_jobs(self):
        one = self.scan(1)
        secrets = [(f["path"], f["line"]) for f in one["findings"]
                   if f["rule"] == "vonage-api-secret"]
        self.assertIn(("include/credentials.h", 3), secrets)
        self.assertEqual(
            [s for s in secrets if s[0] != "include/lone.h"],
            [("include/credentials.h", 3)], one["findings"])
        self.assertEqual(one["findings"], self.scan(2)["findings"])

    def test_header_frontends(self):
        stats = self.scan(2)["stats"]["files_by_frontend"]
        # three TUs and credentials.h by clang, lone.h by the token frontend
        self.assertEqual(stats.get("clang"), 4, stats)
        self.assertEqual(stats.get("token"), 1, stats)

    def test_system_headers_are_not_reported(self):
        for f in self.scan(1)["findings"]:
            self.assertTrue(f["path"].startswith(("src/", "include/")), f)


if __name__ == "__main__":
    unittest.main()
