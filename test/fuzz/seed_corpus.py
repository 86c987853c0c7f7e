"""Seeds the fuzz corpora from the repository's own fixtures at run time
(nothing is committed): rule fixtures for the lexer and facts targets (with
the language byte each target expects) for the lexer, facts and redaction
targets, rule files for the loader, ignore patterns and paths for the glob
target, findings with hostile fields for the output writers."""
import os
import sys

src, out = sys.argv[1], sys.argv[2]
LANGS = {".js": 12, ".ts": 13, ".py": 14, ".rb": 15, ".php": 16, ".sh": 17,
         ".env": 19, ".properties": 20, ".yaml": 21, ".yml": 21, ".json": 22,
         ".xml": 23, ".plist": 24, ".html": 25, ".tf": 26, ".java": 5,
         ".kt": 6, ".swift": 9, ".cs": 10, ".go": 11, ".c": 1, ".cpp": 2,
         ".m": 3, ".sql": 27, ".csv": 28}
# fuzz-Redact picks its file name from the first byte (FuzzRedact.cpp).
REDACT = {".js": 0, ".ts": 0, ".py": 1, ".rb": 2, ".go": 3, ".java": 4,
          ".php": 5, ".yaml": 6, ".yml": 6, ".env": 7, ".c": 8, ".cpp": 8,
          ".swift": 9, ".json": 10, ".sh": 11, ".cs": 12, ".kt": 13,
          ".html": 14, ".xml": 15, ".tf": 18, ".m": 19}


def put(target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data[:65536])


n = 0
for root, _, files in os.walk(os.path.join(src, "rules")):
    for f in sorted(files):
        p = os.path.join(root, f)
        with open(p, "rb") as fh:
            data = fh.read()
        ext = os.path.splitext(f)[1]
        n += 1
        if "/tests/" in p + "/" and ext in LANGS:
            seed = bytes([LANGS[ext]]) + data
            put("Lex", "s%d" % n, seed)
            # Facts: language, then the fact budget of the second run.
            put("Facts", "s%d" % n, bytes([LANGS[ext], n % 64]) + data)
            put("Text", "s%d" % n, data)
            if ext in REDACT:
                put("Redact", "s%d" % n, bytes([REDACT[ext]]) + data)
        elif ext in (".yaml", ".yml"):
            put("Rules", "s%d" % n, data)
            put("Lex", "y%d" % n, bytes([21]) + data)
put("Glob", "g1", b"*.js\n!keep.js\nsrc/**/gen/\n/build\n**/a/**/b\n\0"
    b"src/a.js\nkeep.js\nsrc/x/gen\nbuild/x\na/c/b")
put("Glob", "g2", b"[a-z]?.py\n\\#x\nnode_modules/\n\0ab.py\n#x\nn/node_modules")
put("Text", "u16", b"\xff\xfe" + "x = 1\r\ny\rz\n".encode("utf-16-le"))
put("Config", "c1", b"rules:\n  generic-secret:\n    severity: error\n"
    b"  plain-http-rest-url: {enabled: false}\nenable: [secrets]\n"
    b"disable: []\nexclude:\n  - node_modules/\nrule-dirs: []\n"
    b"policy:\n  require-e2ee: false\n")
put("Output", "o1", b"src/a.js\0plain-http-rest-url\0REST call over http\0"
    b"  fetch('http://api.opentok.com/x')\0defined here")
put("Output", "o2", b"a\nb.js\0id\0msg\x1b[31m\r\0\xe2\x80\xa8\xc2\x9b\0%0A::")


# fuzz-Lsp: a chunk-size byte, then framed client messages (a whole
# session, split reads, malformed frames and bodies).
def frames(*bodies):
    return b"".join(b"Content-Length: %d\r\n\r\n" % len(b) + b for b in bodies)


INIT = (b'{"jsonrpc":"2.0","id":1,"method":"initialize","params":'
        b'{"capabilities":{"general":{"positionEncodings":["utf-8"]}}}}')
INITED = b'{"jsonrpc":"2.0","method":"initialized","params":{}}'
OPEN = (b'{"jsonrpc":"2.0","method":"textDocument/didOpen","params":'
        b'{"textDocument":{"uri":"untitled:a.js","languageId":"javascript",'
        b'"version":1,"text":"const api = \'http://api.opentok.com/v2\';\\n'
        b'const apiSecret = \'9f3a7c1e5b2d80469f3a7c1e5b2d80469f3a7c1e\';"}}}')
CHANGE = (b'{"jsonrpc":"2.0","method":"textDocument/didChange","params":'
          b'{"textDocument":{"uri":"untitled:a.js","version":2},'
          b'"contentChanges":[{"range":{"start":{"line":0,"character":13},'
          b'"end":{"line":0,"character":17}},"text":"https"}]}}')
ACTION = (b'{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction",'
          b'"params":{"textDocument":{"uri":"untitled:a.js"},"range":'
          b'{"start":{"line":0,"character":0},"end":{"line":1,"character":0}},'
          b'"context":{"diagnostics":[]}}}')
CLOSE = (b'{"jsonrpc":"2.0","method":"textDocument/didClose","params":'
         b'{"textDocument":{"uri":"untitled:a.js"}}}')
SHUTDOWN = b'{"jsonrpc":"2.0","id":3,"method":"shutdown"}'
EXIT = b'{"jsonrpc":"2.0","method":"exit"}'
session = frames(INIT, INITED, OPEN, ACTION, CHANGE, ACTION, CLOSE,
                 SHUTDOWN, EXIT)
put("Lsp", "l1", b"\0" + session)
put("Lsp", "l2", b"\x07" + session)
put("Lsp", "l3", b"\0" + frames(INIT, b"{bad json", b"[1,2]",
                                 b'{"jsonrpc":"2.0","id":{},"method":"x"}',
                                 b'{"jsonrpc":"2.0","id":4,"method":"nope"}')
    + b"Content-Length: x\r\n\r\nContent-Length: 99999999999\r\n\r\n"
    + b"no header\n\n" + frames(OPEN, ACTION))
put("Lsp", "l4", b"\x01" + frames(OPEN, INIT).replace(b"\r\n", b"\n"))

# fuzz-Sarif: number bytes, then \0-separated fields (FuzzSarif.cpp).
put("Sarif", "f1", b"\x02\x03\x05\x03\x0c\x05\x0c\x02\x01\x01\x01\x01"
    b"src/app.js\0src/app.js\0plain-http-rest-url\0Plain-HTTP URL\0"
    b"fetch('http://x.io')\0" + b"0123456789abcdef\0/usr/include/a.h\0"
    b"defined here\0Use https://\0Title\0Description\0Fix it")
put("Sarif", "f2", b"\0\xff\0\x01\0\0\xf3\x00we ird/\xe9%.js\0\0a\x00b\0"
    b"\x1b[31m\n\0\xc3\0\0\0\0\0\0\0")
print("seeded %d files into %s" % (n, out))
