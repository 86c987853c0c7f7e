"""rtclint scan -p: the clang frontend on realistic C, C++ and Objective-C
fixtures with a generated compile_commands.json, against the token frontend
on the same files."""
import json
import os
import shutil
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


if __name__ == "__main__":
    unittest.main()
