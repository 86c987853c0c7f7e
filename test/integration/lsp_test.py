"""`rtclint lsp` over real pipes: framing, lifecycle, error answers,
incremental sync, position encodings, code actions and config reloads."""
import os
import pathlib
import shutil
import unittest

from lsp_client import LspProcess
from rtclint_test_util import HEX_SECRET, RTCLINT, TreeTest

SECRET_LINE = f"const ot = new OpenTok('45828062', '{HEX_SECRET}');\n"
HTTP_LINE = "fetch('http://tokens.mycompany.io/token');\n"


def uri(path):
    return pathlib.Path(path).as_uri()


def codes(params):
    return sorted(d["code"] for d in params["diagnostics"])


class Lsp(TreeTest):
    def spawn(self, *args):
        s = LspProcess([RTCLINT, "lsp"] + list(args), cwd=self.dir)
        self.addCleanup(self.stop, s)
        return s

    def start(self, caps=None):
        s = self.spawn("--debounce-ms", "0")
        s.initialize(caps, uri(self.dir))
        return s

    @staticmethod
    def stop(s):
        if s.p.poll() is None:
            s.p.kill()
        s.close()

    def open(self, s, rel, text, lang="javascript"):
        path = self.write(rel, text)
        s.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri(path), "languageId": lang, "version": 1,
            "text": text}})
        return uri(path)

    def test_malformed_input_is_answered_and_survived(self):
        s = self.spawn()
        # Before initialize: requests are refused, the server lives on.
        rid = s.request("textDocument/codeAction", {})
        self.assertEqual(s.response(rid)["error"]["code"], -32002)
        s.initialize()
        s.raw(b"Content-Length: 9\r\n\r\n{not json")
        err = s.wait(lambda m: "error" in m)
        self.assertEqual(err["error"]["code"], -32700)
        self.assertIsNone(err["id"])
        s.raw(b"Content-Length: zz\r\n\r\n")
        s.raw(b"X-No-Length: 1\r\n\r\n")
        s.raw(b"Content-Length: 2\r\n\r\n[]")
        self.assertEqual(s.wait(lambda m: "error" in m)["error"]["code"],
                         -32600)
        rid = s.request("workspace/noSuchMethod", {})
        self.assertEqual(s.response(rid)["error"]["code"], -32601)
        s.notify("noSuch/notification", {})
        s.notify("textDocument/didChange", {"textDocument": {
            "uri": "file:///never/opened.js", "version": 2},
            "contentChanges": [{"text": "x"}]})
        # Still answering, and a clean exit after shutdown.
        self.assertEqual(s.finish(), 0)
        log = s.stderr.decode()
        self.assertIn("invalid JSON", log)
        self.assertIn("bad Content-Length", log)
        self.assertIn("missing Content-Length", log)
        self.assertIn("unknown method workspace/noSuchMethod", log)

    def test_exit_without_shutdown_and_eof(self):
        s = self.spawn()
        s.initialize()
        s.notify("exit", None)
        self.assertEqual(s.close(), 1)
        s = self.spawn()
        s.initialize()
        s.p.stdin.close()
        self.assertEqual(s.close(), 1)

    def test_findings_edits_and_close(self):
        s = self.start()
        u = self.open(s, "src/app.js", "// héllo\n" + SECRET_LINE)
        d = s.diagnostics(u)
        self.assertIn("vonage-api-secret", codes(d))
        diag = [x for x in d["diagnostics"]
                if x["code"] == "vonage-api-secret"][0]
        self.assertEqual(diag["source"], "rtclint")
        self.assertTrue(diag["codeDescription"]["href"].endswith(
            "docs/rules/vonage-api-secret.md"))
        self.assertNotIn(HEX_SECRET, str(d))
        self.assertEqual(diag["range"]["start"]["line"], 1)
        col = SECRET_LINE.index(HEX_SECRET)
        self.assertEqual(diag["range"]["start"]["character"], col)
        # Incremental: replace the secret with a placeholder.
        s.notify("textDocument/didChange", {
            "textDocument": {"uri": u, "version": 2},
            "contentChanges": [{"range": {
                "start": {"line": 1, "character": col},
                "end": {"line": 1, "character": col + len(HEX_SECRET)}},
                "text": "process.env.SECRET"}]})
        self.assertEqual(codes(s.diagnostics(u, version=2)), [])
        # Back in a second edit, then closed: cleared.
        s.notify("textDocument/didChange", {
            "textDocument": {"uri": u, "version": 3},
            "contentChanges": [{"text": HTTP_LINE}]})
        self.assertEqual(codes(s.diagnostics(u, version=3)),
                         ["plain-http-rest-url"])
        s.notify("textDocument/didClose", {"textDocument": {"uri": u}})
        self.assertEqual(codes(s.diagnostics(u)), [])
        self.assertEqual(s.finish(), 0)

    def test_utf16_and_utf8_positions(self):
        # Two astral characters and an accented one before the finding.
        prefix = "const note = '😀😀é'; "
        line = prefix + HTTP_LINE
        for caps, expect in [
                (None, len(prefix.encode("utf-16-le")) // 2 + 7),
                ({"general": {"positionEncodings": ["utf-8", "utf-16"]}},
                 len(prefix.encode()) + 7)]:
            s = self.start(caps)
            u = self.open(s, "enc.js", line)
            d = s.diagnostics(u)["diagnostics"]
            self.assertEqual(len(d), 1)
            self.assertEqual(d[0]["range"]["start"]["character"], expect)
            # An incremental edit addressed in the same encoding.
            s.notify("textDocument/didChange", {
                "textDocument": {"uri": u, "version": 2},
                "contentChanges": [{"range": {
                    "start": {"line": 0, "character": expect},
                    "end": {"line": 0, "character": expect + 4}},
                    "text": "https"}]})
            self.assertEqual(codes(s.diagnostics(u, version=2)), [])
            self.assertEqual(s.finish(), 0)

    def test_code_action_suppresses(self):
        s = self.start()
        text = ("import requests\ndef f():\n"
                "    return requests.get('http://tokens.mycompany.io/x')\n")
        u = self.open(s, "app.py", text, "python")
        d = s.diagnostics(u)["diagnostics"]
        self.assertEqual([x["code"] for x in d], ["plain-http-rest-url"])
        rid = s.request("textDocument/codeAction", {
            "textDocument": {"uri": u}, "range": d[0]["range"],
            "context": {"diagnostics": d}})
        acts = s.response(rid)["result"]
        edit = acts[-1]["edit"]["changes"][u][0]
        self.assertEqual(edit["range"]["start"], {"line": 2, "character": 0})
        self.assertTrue(edit["newText"].startswith(
            "    # rtclint-ignore-next-line: plain-http-rest-url -- "))
        lines = text.splitlines(True)
        new = lines[0] + lines[1] + edit["newText"] + lines[2]
        s.notify("textDocument/didChange", {
            "textDocument": {"uri": u, "version": 2},
            "contentChanges": [{"text": new}]})
        self.assertEqual(codes(s.diagnostics(u, version=2)), [])
        self.assertEqual(s.finish(), 0)

    def test_quick_fix_switches_to_https(self):
        s = self.start()
        # Astral and accented characters before the URL: the edit's range is
        # in UTF-16 code units, as negotiated.
        text = ("const note = '😀é';\n"
                "const api = 'http://api.opentok.com/v2/project';\n"
                "const dev = 'http://localhost:3000/token';\n")
        u = self.open(s, "fix.js", text)
        d = s.diagnostics(u)["diagnostics"]
        self.assertEqual([x["code"] for x in d], ["plain-http-rest-url"])
        rid = s.request("textDocument/codeAction", {
            "textDocument": {"uri": u}, "range": d[0]["range"],
            "context": {"diagnostics": d}})
        acts = s.response(rid)["result"]
        fixes = [a for a in acts if a.get("isPreferred")]
        self.assertEqual(len(fixes), 1)
        fix = fixes[0]
        self.assertEqual(fix["title"], "Use https://")
        self.assertEqual(fix["kind"], "quickfix")
        self.assertEqual(fix["diagnostics"][0]["code"], "plain-http-rest-url")
        edits = fix["edit"]["changes"][u]
        self.assertEqual(edits, [{
            "range": {"start": {"line": 1, "character": 13},
                      "end": {"line": 1, "character": 20}},
            "newText": "https://"}])
        # The suppression is still offered, after the fix.
        self.assertIn("rtclint-ignore-next-line", acts[-1]["edit"]["changes"]
                      [u][0]["newText"])
        s.notify("textDocument/didChange", {
            "textDocument": {"uri": u, "version": 2},
            "contentChanges": [dict(edits[0], text=edits[0]["newText"])]})
        self.assertEqual(codes(s.diagnostics(u, version=2)), [])
        self.assertEqual(s.finish(), 0)

    def test_config_changes_are_picked_up(self):
        s = self.start()
        u = self.open(s, "web/app.js", HTTP_LINE)
        self.assertEqual(codes(s.diagnostics(u)), ["plain-http-rest-url"])
        cfg = self.write(".rtclint.yaml", "rules:\n  plain-http-rest-url: off\n")
        s.notify("workspace/didChangeWatchedFiles", {
            "changes": [{"uri": uri(cfg), "type": 1}]})
        self.assertEqual(codes(s.diagnostics(u)), [])
        # On save of the config, as editors without file watching do it.
        self.write(".rtclint.yaml", "rules:\n  plain-http-rest-url: error\n")
        s.notify("textDocument/didSave", {"textDocument": {"uri": uri(cfg)}})
        d = s.diagnostics(u)["diagnostics"]
        self.assertEqual([(x["code"], x["severity"]) for x in d],
                         [("plain-http-rest-url", 1)])
        # Excluded paths get no diagnostics, as in `rtclint scan`.
        self.write(".rtclint.yaml", "exclude: ['web/']\n")
        s.notify("textDocument/didSave", {"textDocument": {"uri": uri(cfg)}})
        self.assertEqual(codes(s.diagnostics(u)), [])
        self.assertEqual(s.finish(), 0)

    def test_superseded_edits_publish_the_newest(self):
        s = self.spawn("--debounce-ms", "50")
        s.initialize()
        u = self.open(s, "burst.js", HTTP_LINE)
        for v in range(2, 30):
            text = HTTP_LINE if v % 2 else "const x = 1;\n"
            s.notify("textDocument/didChange", {
                "textDocument": {"uri": u, "version": v},
                "contentChanges": [{"text": text}]})
        # Version 29 has the finding; nothing older may come after it.
        d = s.diagnostics(u, version=29)
        self.assertEqual(codes(d), ["plain-http-rest-url"])
        rid = s.request("shutdown", None)
        for m in iter(lambda: s.wait(lambda m: True), None):
            if m.get("id") == rid:
                break
            self.assertNotEqual(m.get("method"),
                                "textDocument/publishDiagnostics")
        s.notify("exit", None)
        self.assertEqual(s.close(), 0)


CLANGD = shutil.which("clangd-19") or shutil.which("clangd")


class ClangdProxy(TreeTest):
    def spawn(self, *args):
        s = LspProcess([RTCLINT, "clangd"] + list(args), cwd=self.dir)
        self.addCleanup(Lsp.stop, s)
        return s

    def test_missing_clangd_is_an_error(self):
        s = self.spawn("--clangd", os.path.join(self.dir, "no-clangd"))
        self.assertEqual(s.close(), 2)
        self.assertIn("cannot run", s.stderr.decode())

    def test_clangd_dying_ends_the_proxy(self):
        s = self.spawn("--clangd", shutil.which("true"))
        self.assertEqual(s.close(), 1)
        self.assertIn("clangd exited unexpectedly", s.stderr.decode())

    @unittest.skipUnless(CLANGD, "clangd is not installed")
    def test_merged_diagnostics_and_actions(self):
        s = self.spawn("--clangd", CLANGD, "--debounce-ms", "0", "--",
                       "--log=error")
        r = s.initialize({"offsetEncoding": ["utf-8", "utf-16"]},
                         uri(self.dir))
        # clangd's answer passes through, encoding and all.
        self.assertEqual(r["result"]["serverInfo"]["name"], "clangd")
        self.assertEqual(r["result"]["offsetEncoding"], "utf-8")
        text = ("/* é */ static const char *api_secret = "
                f"\"{HEX_SECRET}\";\nint f(void) {{ return nope; }}\n")
        path = self.write("main.c", text)
        u = uri(path)
        s.notify("textDocument/didOpen", {"textDocument": {
            "uri": u, "languageId": "c", "version": 1, "text": text}})

        def both(m):
            if m.get("method") != "textDocument/publishDiagnostics":
                return False
            srcs = {d.get("source") for d in m["params"]["diagnostics"]}
            return {"clang", "rtclint"} <= srcs
        d = s.wait(both)["params"]["diagnostics"]
        mine = [x for x in d if x["source"] == "rtclint"][0]
        # UTF-8, as negotiated between the editor and clangd.
        self.assertEqual(mine["range"]["start"]["character"],
                         text.encode().index(HEX_SECRET.encode()))
        rid = s.request("textDocument/codeAction", {
            "textDocument": {"uri": u}, "range": mine["range"],
            "context": {"diagnostics": [mine]}})
        titles = [a["title"] for a in s.response(rid)["result"]]
        self.assertIn("Suppress vonage-api-secret on this line", titles)
        # The secret edited away: rtclint's diagnostic clears, clangd's
        # error stays.
        s.notify("textDocument/didChange", {
            "textDocument": {"uri": u, "version": 2},
            "contentChanges": [{"text": text.replace(HEX_SECRET, "x")}]})

        def only_clang(m):
            if m.get("method") != "textDocument/publishDiagnostics":
                return False
            srcs = {d.get("source") for d in m["params"]["diagnostics"]}
            return srcs == {"clang"}
        s.wait(only_clang)
        self.assertEqual(s.finish(), 0)


if __name__ == "__main__":
    unittest.main()
