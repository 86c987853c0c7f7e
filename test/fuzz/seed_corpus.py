"""Seeds the fuzz corpora from the repository's own fixtures at run time
(nothing is committed): rule fixtures for the lexer and facts targets (with
the language byte each target expects), rule files for the loader, ignore
patterns and paths for the glob target."""
import os
import sys

src, out = sys.argv[1], sys.argv[2]
LANGS = {".js": 12, ".ts": 13, ".py": 14, ".rb": 15, ".php": 16, ".sh": 17,
         ".env": 19, ".properties": 20, ".yaml": 21, ".yml": 21, ".json": 22,
         ".xml": 23, ".plist": 24, ".html": 25, ".tf": 26, ".java": 5,
         ".kt": 6, ".swift": 9, ".cs": 10, ".go": 11, ".c": 1, ".cpp": 2,
         ".m": 3, ".sql": 27, ".csv": 28}


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
            put("Facts", "s%d" % n, seed)
            put("Text", "s%d" % n, data)
        elif ext in (".yaml", ".yml"):
            put("Rules", "s%d" % n, data)
            put("Lex", "y%d" % n, bytes([21]) + data)
put("Glob", "g1", b"*.js\n!keep.js\nsrc/**/gen/\n/build\n**/a/**/b\n\0"
    b"src/a.js\nkeep.js\nsrc/x/gen\nbuild/x\na/c/b")
put("Glob", "g2", b"[a-z]?.py\n\\#x\nnode_modules/\n\0ab.py\n#x\nn/node_modules")
put("Text", "u16", b"\xff\xfe" + "x = 1\r\ny\rz\n".encode("utf-16-le"))
print("seeded %d files into %s" % (n, out))
