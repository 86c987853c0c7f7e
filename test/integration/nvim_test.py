"""A real editor end to end: headless Neovim's LSP client against
`rtclint lsp` and against `rtclint clangd` in front of clangd-19."""
import os
import shutil
import subprocess
import unittest

from rtclint_test_util import HEX_SECRET, RTCLINT, TreeTest, run

HERE = os.path.dirname(os.path.abspath(__file__))
NVIM = shutil.which("nvim")
CLANGD = shutil.which("clangd-19") or shutil.which("clangd")

JS = ("// Räume: ünïcödé and 😀 before the secret on the next line\n"
      f"const ot = new OpenTok('45828062', /* é😀 */ '{HEX_SECRET}');\n")
C = ("#include <stdio.h>\n"
     f"static const char *api_secret = /* ü😀 */ \"{HEX_SECRET}\";\n"
     "int main(void) { return api_secret[0] == 0; }\n")
HTTP_JS = ("// Räume 😀\n"
           "const api = /* é😀 */ 'http://api.opentok.com/v2/project';\n")
C_BROKEN = C + "int broken(void) { return undeclared_name; }\n"


@unittest.skipUnless(NVIM, "nvim is not installed")
class Neovim(TreeTest):
    def nvim(self, mode, files, fix=""):
        env = dict(os.environ, FIX=fix, RTCLINT=os.path.abspath(RTCLINT),
                   WORK=self.dir, MODE=mode, SECRET=HEX_SECRET,
                   CLANGD=CLANGD or "", FILES=files,
                   XDG_STATE_HOME=self.dir, XDG_CACHE_HOME=self.dir)
        p = subprocess.run(
            ["nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n",
             "-c", "luafile " + os.path.join(HERE, "nvim_lsp.lua")],
            env=env, capture_output=True, text=True, timeout=600,
            stdin=subprocess.DEVNULL)
        self.assertEqual(p.returncode, 0,
                         f"stdout:\n{p.stdout}\nstderr:\n{p.stderr}")
        self.assertIn("PASS", p.stdout + p.stderr)

    def test_lsp_js_and_c(self):
        self.write("app.js", JS)
        self.write("main.c", C)
        self.write("api.js", HTTP_JS)
        self.nvim("lsp", "app.js=vonage-api-secret,main.c=vonage-api-secret",
                  fix="api.js")
        # The quick fix changed the scheme and nothing else.
        with open(os.path.join(self.dir, "api.js"), encoding="utf-8") as fh:
            self.assertEqual(fh.read(), HTTP_JS.replace("http:", "https:"))
        # The comments the code action wrote are working suppressions for
        # the CLI too.
        for f in ("app.js", "main.c"):
            with open(os.path.join(self.dir, f)) as fh:
                self.assertIn("rtclint-ignore-next-line: vonage-api-secret",
                              fh.read())
        run(["scan", "--fail-on", "note", self.dir], check_rc=0)

    @unittest.skipUnless(CLANGD, "clangd is not installed")
    def test_clangd_proxy(self):
        self.write("main.c", C_BROKEN)
        self.nvim("clangd", "main.c=vonage-api-secret")
        with open(os.path.join(self.dir, "main.c")) as fh:
            self.assertIn("// rtclint-ignore-next-line: vonage-api-secret",
                          fh.read())


if __name__ == "__main__":
    unittest.main()
