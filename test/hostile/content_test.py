"""Hostile file contents: cost linear in size, bounded memory for deep
nesting in every lexer family, constructs left open at EOF, and encodings
that must not hide a secret."""
import base64
import hashlib
import os
import unittest

from hostile_util import HEX_SECRET, SECRET_LINE, TreeTest, scan

HEAD = 'var OT=require("opentok");var apiSecret=process.env.S;'
UNIT = ('var a1="hello",b2={c:"d",e:[1,2,"fgh"],k:\'v\'};'
        'function f(x){return x+"y"}')

# One file per lexer family, each with the bracket that family nests.
NESTING = {
    "a.js": ("[", HEAD), "a.py": ("(", "import opentok\n"),
    "a.rb": ("[", "require 'opentok'\n"), "a.php": ("(", "<?php $opentok;"),
    "a.sh": ("$(", "opentok=1\n"), "a.json": ("[", ""),
    "a.yaml": ("[", "opentok: "), "a.xml": ("<a>", "<opentok/>"),
    "a.properties": ("[", "opentok="),
}

UNTERMINATED = {
    "a.js": "const s = `abc ${ x", "b.js": "/* never closed",
    "a.py": "s = '''open", "b.py": "s = f'{x",
    "a.rb": "s = <<~EOS\nbody", "b.rb": "s = %q(open",
    "a.php": "<?php $s = <<<EOT\nbody", "a.sh": "cat <<EOF\nbody",
    "b.sh": "x=\"$(echo", "a.go": "s := `raw", "a.cpp": 'auto s = R"x(raw',
    "a.yaml": "k: |\n  body\n  \"open", "a.json": '{"k": "open',
    "a.xml": "<a b=\"open", "a.html": "<!-- open", "a.swift": '"""\nopen',
    "a.cs": '@"open', "a.kt": '"""open', "a.env": "K='open",
}


def pem_body():
    """Three 64-character base64 lines of a made-up key: random-looking,
    as a real key body is (the rule checks its entropy)."""
    raw = b"".join(hashlib.sha256(b"rtclint-%d" % i).digest()
                   for i in range(5))
    text = "MIIE" + base64.b64encode(raw).decode()
    return [text[i:i + 64] for i in range(0, 192, 64)]


class Linear(TreeTest):
    def budgeted(self, r, name):
        """The file was cut at the fact budget, said so, and still had its
        planted secret found."""
        self.assertEqual(self.rules(r), [(name, "vonage-api-secret", 1)])
        partial = r.json()["partial"]
        self.assertEqual([(p["path"].rsplit("/", 1)[-1], p["reason"])
                          for p in partial], [(name, "budget")])
        self.assertIn("not analysed", partial[0]["detail"])
        self.assertEqual(r.json()["stats"]["files_partial"], 1)

    def test_minified_line_scales_linearly(self):
        # A secret at the end of the line: past the fact budget, still found.
        n1 = 1000 * 1000 // len(UNIT)
        self.write("m1.js", HEAD + UNIT * n1 + "\n")
        self.write("m8.js", HEAD + UNIT * (8 * n1) + SECRET_LINE)
        # The time bounds only catch a hang on a loaded machine (CI shares
        # two cores); the ratio is the check.
        r1 = scan([self.path("m1.js")], expect_rc=0, seconds=30, mb=250)
        r8 = scan([self.path("m8.js")], expect_rc=1, seconds=90, mb=250)
        self.budgeted(r8, "m8.js")
        # A ratio, not a time: 8x the input may cost at most 10x.
        self.assertLess(r8.seconds, 10 * max(r1.seconds, 0.05),
                        (r1.seconds, r8.seconds))

    def test_many_heredoc_openers_on_one_line_scale_linearly(self):
        # Unterminated openers, one line: each used to search the rest of
        # the line again (lexer and structural pass alike). The shell line
        # holds a million commands (`: <<EOF;`), past the fact budget; a
        # secret at the end of the line is found all the same.
        secret = {"h.rb": "'x'; OPENTOK_API_SECRET = '%s'" % HEX_SECRET,
                  "h.sh": "OPENTOK_API_SECRET=%s" % HEX_SECRET, "h.php": ""}
        for name, head, opener in (("h.rb", "x = ", "<<~A + "),
                                   ("h.sh", ": ", ": <<EOF; "),
                                   ("h.php", "<?php $x = ", "<<<EOT ")):
            with self.subTest(file=name):
                n1 = 1000 * 1000 // len(opener)
                tail = secret[name] + "\nbody\n"
                rc = 1 if secret[name] else 0
                self.write("1" + name, head + opener * n1 + tail)
                self.write("8" + name, head + opener * (8 * n1) + tail)
                r1 = scan([self.path("1" + name)], expect_rc=rc, seconds=30,
                          mb=250)
                r8 = scan([self.path("8" + name)], expect_rc=rc, seconds=90,
                          mb=250)
                if rc:
                    self.assertEqual(self.rules(r8),
                                     [("8" + name, "vonage-api-secret", 1)])
                self.assertLess(r8.seconds, 10 * max(r1.seconds, 0.05),
                                (r1.seconds, r8.seconds))

    def test_one_command_with_millions_of_words(self):
        # `curl ab ab ...`: a word is a literal, 2.7 million of them.
        self.write("c.sh", "curl " + "ab " * (8 * 1000 * 1000 // 3) +
                   "\nOPENTOK_API_SECRET=%s\n" % HEX_SECRET)
        r = scan([self.path("c.sh")], expect_rc=1, seconds=60, mb=250)
        self.assertEqual(self.rules(r), [("c.sh", "vonage-api-secret", 2)])
        self.assertEqual(r.json()["stats"]["files_partial"], 1)

    def test_a_million_nested_brackets_in_every_family(self):
        for name, (bracket, head) in NESTING.items():
            with self.subTest(file=name):
                self.write(name, head + bracket * 1000000)
                scan([self.path(name)], expect_rc=0, seconds=15, mb=250)

    def test_unterminated_constructs_at_eof(self):
        for name, text in UNTERMINATED.items():
            self.write(name, text)
        r = scan([self.dir], expect_rc=0, seconds=10, mb=250)
        self.assertEqual(r.json()["stats"]["files_scanned"],
                         len(UNTERMINATED))

    def test_empty_files(self):
        for name in ("a.js", "a.py", "a.json", "a.yaml", "a.xml", ".env"):
            self.write(name, "")
        r = scan([self.dir], expect_rc=0, seconds=10, mb=250)
        self.assertEqual(r.json()["stats"]["files_scanned"], 6)


class Encodings(TreeTest):
    def found(self, data, name="a.js"):
        self.write(name, data, mode="wb")
        r = scan([self.path(name)], expect_rc=1, seconds=10, mb=250)
        return [(f["rule"], f["line"]) for f in r.json()["findings"]]

    def test_utf16_and_utf32_with_bom_are_scanned(self):
        text = "// config\n" + SECRET_LINE
        for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff",
                         "utf-16-be"), (b"\xff\xfe\0\0", "utf-32-le"),
                         (b"\0\0\xfe\xff", "utf-32-be")):
            with self.subTest(enc=enc):
                self.assertEqual(self.found(bom + text.encode(enc)),
                                 [("vonage-api-secret", 2)])

    def test_lone_cr_crlf_bom_and_invalid_utf8(self):
        for name, data in (
                ("cr", b"// a comment\r" + SECRET_LINE.encode().rstrip() +
                 b"\r"),
                ("crlf", b"// a comment\r\n" + SECRET_LINE.encode()),
                ("bom", b"\xef\xbb\xbf// a comment\n" + SECRET_LINE.encode()),
                ("latin1", b"// caf\xe9 \xff\xfe\n" + SECRET_LINE.encode())):
            with self.subTest(kind=name):
                self.assertEqual(self.found(data, name + ".js"),
                                 [("vonage-api-secret", 2)])

    def test_line_separators_end_a_js_line_comment(self):
        # U+2028, U+2029 and a lone CR are JavaScript line terminators.
        for sep in ("\u2028", "\u2029", "\r"):
            with self.subTest(sep=repr(sep)):
                data = ("// note" + sep + SECRET_LINE).encode()
                self.assertEqual(len(self.found(data)), 1)

    def test_pem_header_split_across_concatenation(self):
        body = "\\n".join(pem_body())
        data = ("const k = '-----BEGIN PRIVATE' + ' KEY-----\\n%s\\n"
                "-----END PRIVATE KEY-----';\n" % body).encode()
        self.assertEqual(len(self.found(data)), 1)


class Hidden(TreeTest):
    """Secrets a construct around them must not hide (the class: every way
    a value is assembled from literals, every statement boundary)."""


    def found(self, name, text):
        self.write(name, text)
        r = scan([self.path(name)], expect_rc=1, seconds=10, mb=250)
        return sorted((f["rule"], f["line"]) for f in r.json()["findings"])

    def test_attribute_docstring_after_the_assignment(self):
        aws = "AKIA" + "Q7ZLN4RT2WXPJM5V"
        text = ("OPENTOK_API_SECRET = '%s'\n"
                '"""The API secret."""\n'
                "AWS_ACCESS_KEY_ID = '%s'\n"
                "'''Key of the uploader.'''\n" % (HEX_SECRET, aws))
        self.assertEqual(self.found("settings.py", text),
                         [("aws-access-key", 3), ("vonage-api-secret", 1)])

    def test_ruby_regex_opening_the_next_line(self):
        text = "OPENTOK_API_SECRET = '%s'\n/abc/ =~ ENV['X']\n" % HEX_SECRET
        self.assertEqual(self.found("config.rb", text),
                         [("vonage-api-secret", 1)])

    def pem_lines(self):
        return (["-----BEGIN PRIVATE KEY-----"] + pem_body() +
                ["-----END PRIVATE KEY-----"])

    def test_pem_joined_from_an_array(self):
        items = ", ".join("'%s'" % x for x in self.pem_lines())
        for name, text in (
                ("a.js", "const key = [%s].join('\\n');\n" % items),
                ("a.rb", 'KEY = [%s].join("\\n")\n' % items),
                ("a.py", "KEY = '\\n'.join([%s])\n" % items),
                ("a.php", '<?php $key = implode("\\n", [%s]);\n' % items)):
            with self.subTest(file=name):
                self.assertEqual(self.found(name, text),
                                 [("vonage-private-key", 1)])

    def test_pem_accumulated_with_plus_equals(self):
        first, *rest = self.pem_lines()
        for name, start, op, end in (
                ("b.js", "let key = ", "key += ", ";"),
                ("b.py", "key = ", "key += ", ""),
                ("b.php", "<?php\n$key = ", "$key .= ", ";"),
                ("b.rb", "key = ", "key << ", "")):
            text = start + "'%s\\n'%s\n" % (first, end) + "".join(
                op + "'%s\\n'%s\n" % (x, end) for x in rest)
            with self.subTest(file=name):
                self.assertEqual([r for r, _ in self.found(name, text)],
                                 ["vonage-private-key"])

    def test_assembled_key_is_redacted(self):
        # The assembled value is a secret: none of its pieces is printed.
        items = ", ".join("'%s'" % x for x in self.pem_lines())
        self.write("c.js", "const key = [%s].join('\\n');\n" % items)
        r = scan(["--format", "text", self.path("c.js")], expect_rc=1)
        for line in pem_body():
            self.assertNotIn(line, r.out + r.err)


class KeyFiles(TreeTest):
    """A key file takes its Vonage context from the configuration next to
    it; the siblings read for that are regular, in-tree and small."""

    def key(self, rel):
        self.write(rel, "-----BEGIN PRIVATE KEY-----\n%s\n"
                   "-----END PRIVATE KEY-----\n" % "\n".join(pem_body()))

    def messages(self):
        r = scan([self.dir], expect_rc=1, seconds=10, mb=250)
        return {f["path"].rsplit("/", 1)[-1]: f["message"]
                for f in r.json()["findings"]}

    def test_vonage_context_from_the_configuration_next_to_it(self):
        self.key("app/private.key")
        self.write("app/.env", "VONAGE_APPLICATION_ID=3c9a1e52\n")
        self.key("tls/server.key")
        self.write("tls/.env", "PORT=8443\n")
        m = self.messages()
        self.assertIn("Vonage application", m["private.key"])
        self.assertIn(".env:VONAGE_APPLICATION_ID", m["private.key"])
        self.assertNotIn("Vonage", m["server.key"])

    def test_sibling_fifo_and_links_out_are_not_read(self):
        outside = os.path.realpath(self.dir + "-outside.env")
        with open(outside, "w") as f:
            f.write("VONAGE_APPLICATION_ID=3c9a1e52\n")
        self.addCleanup(os.remove, outside)
        self.key("a/private.key")
        os.mkfifo(self.path("a/.env"))
        self.key("b/private.key")
        os.symlink(outside, self.path("b/.env"))
        m = self.messages()
        self.assertEqual(len(m), 1)  # both files are named private.key
        r = scan([self.dir], expect_rc=1, seconds=10, mb=250)
        for f in r.json()["findings"]:
            self.assertNotIn("Vonage", f["message"])


class Outputs(TreeTest):
    """Redaction and output escaping through the whole binary."""

    def test_secret_not_shown_in_another_findings_snippet(self):
        self.write("a.js", "const OPENTOK_API_SECRET = '%s'; const REST = "
                   "'http://api.opentok.com/v2/project';\n" % HEX_SECRET)
        r = scan([self.dir], expect_rc=1)
        self.assertNotIn(HEX_SECRET, r.out)

    def test_newline_in_file_name_forges_no_line(self):
        self.write("x.js\n::error::spoof.js", SECRET_LINE)
        r = scan(["--format", "text", self.dir], expect_rc=1)
        self.assertFalse(any(line.startswith("::error::spoof")
                             for line in (r.out + r.err).splitlines()))


if __name__ == "__main__":
    unittest.main()
