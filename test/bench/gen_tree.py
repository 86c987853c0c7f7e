#!/usr/bin/env python3
"""Writes a seeded, realistic monorepo for the benchmark.

The proportions follow a real repository: mostly ordinary source in a dozen
languages with long comments, minified bundles with very long lines, lock
files, JSON fixtures, a few large files and vendored folders. Findings of
every planted kind sit at known places, listed in planted.json next to the
tree, so the runner can check that each tool found them.

usage: gen_tree.py OUT [--files N] [--mb MB] [--seed S]
"""
import argparse
import json
import os
import random
import string

WORDS = ("session token archive stream publisher subscriber meeting room "
         "user account layout broadcast signal connection camera audio "
         "video quality network retry backoff cache config request response "
         "handler client server queue event timer render frame codec").split()

LANGS = {  # extension: (comment, function template, weight)
    ".js": ("//", "function {n}({a}) {{\n  const {v} = {a} + {k};\n"
            "  return {v} * 2;\n}}\n", 18),
    ".ts": ("//", "export function {n}({a}: number): number {{\n"
            "  const {v} = {a} + {k};\n  return {v} * 2;\n}}\n", 14),
    ".py": ("#", "def {n}({a}):\n    {v} = {a} + {k}\n    return {v} * 2\n", 14),
    ".java": ("//", "  public int {n}(int {a}) {{\n    int {v} = {a} + {k};\n"
              "    return {v} * 2;\n  }}\n", 10),
    ".go": ("//", "func {n}({a} int) int {{\n\t{v} := {a} + {k}\n"
            "\treturn {v} * 2\n}}\n", 8),
    ".kt": ("//", "fun {n}({a}: Int): Int {{\n    val {v} = {a} + {k}\n"
            "    return {v} * 2\n}}\n", 5),
    ".rb": ("#", "def {n}({a})\n  {v} = {a} + {k}\n  {v} * 2\nend\n", 5),
    ".php": ("//", "function {n}(${a}) {{\n    ${v} = ${a} + {k};\n"
             "    return ${v} * 2;\n}}\n", 5),
    ".cs": ("//", "  public int {n}(int {a}) {{\n    var {v} = {a} + {k};\n"
            "    return {v} * 2;\n  }}\n", 5),
    ".c": ("//", "int {n}(int {a}) {{\n  int {v} = {a} + {k};\n"
           "  return {v} * 2;\n}}\n", 6),
    ".cpp": ("//", "int {n}(int {a}) {{\n  auto {v} = {a} + {k};\n"
             "  return {v} * 2;\n}}\n", 6),
    ".swift": ("//", "func {n}(_ {a}: Int) -> Int {{\n    let {v} = {a} + {k}\n"
               "    return {v} * 2\n}}\n", 4),
}
DIRS = ("services/api", "services/media", "web/src/components",
        "web/src/lib", "mobile/ios/App", "mobile/android/app/src/main",
        "native/sdk/src", "tools/scripts", "infra/deploy", "libs/common")


class Gen:
    """Files are assembled from pools of generated pieces (lines, functions,
    entries) drawn at random: realistic variety at the speed of joins."""

    def __init__(self, rnd):
        self.r = rnd
        self.comments = {c: [f"{c} {self.prose(12)}\n" for _ in range(3000)]
                         for c in ("//", "#")}
        self.functions = {
            ext: [fn.format(n=self.ident(), a="x", v="y",
                            k=self.r.randrange(1000)) for _ in range(1500)]
            for ext, (_, fn, _) in LANGS.items()}
        self.chunks = [
            f"var {self.alnum(2, string.ascii_lowercase)}=function(e,t)"
            f"{{return e.{self.r.choice(WORDS)}(t,\"{self.prose(3)}\")||"
            f"{self.r.randrange(99999)}}};" for _ in range(4000)]
        self.entries = [
            f'    "node_modules/{self.r.choice(WORDS)}-{self.r.choice(WORDS)}'
            f'{i}": {{\n      "version": "1.{self.r.randrange(40)}.'
            f'{self.r.randrange(9)}",\n      "integrity": "sha512-'
            f'{self.alnum(86)}=="\n    }},\n' for i in range(3000)]

    def ident(self):
        w = self.r.sample(WORDS, 2)
        return w[0] + w[1].capitalize() + str(self.r.randrange(100))

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choices(alphabet, k=n))

    def prose(self, words):
        return " ".join(self.r.choices(WORDS, k=words))

    def fill(self, pool, target, avg):
        return "".join(self.r.choices(pool, k=max(1, target // avg)))

    def source(self, ext, target):
        comment = LANGS[ext][0]
        parts, size = [], 0
        while size < target:
            if self.r.random() < 0.3:
                block = "".join(self.r.choices(self.comments[comment],
                                               k=self.r.randrange(3, 12)))
            else:
                block = self.r.choice(self.functions[ext])
            parts.append(block)
            size += len(block)
        return "".join(parts)

    def minified(self, target):
        return self.fill(self.chunks, target, 70) + "\n"

    def lockfile(self, target):
        return ('{\n  "lockfileVersion": 3,\n  "packages": {\n' +
                self.fill(self.entries, target, 170) + '    "": {}\n  }\n}\n')

    def fixture(self):
        rows = [{"id": self.r.randrange(10**6), "name": self.prose(2),
                 "score": round(self.r.random(), 4)}
                for _ in range(self.r.randrange(5, 60))]
        return json.dumps({"items": rows}, indent=2) + "\n"


# Planted findings: (kind, extension, line template). The kind is the rtclint
# rule expected to report the line; secretlint's recall is counted on the
# kinds its recommended preset covers.
def planted_lines(g):
    hexs = string.hexdigits[:16]
    b32 = string.ascii_uppercase + "234567"
    return [
        ("vonage-api-secret", ".js",
         f"const OPENTOK_API_SECRET = '{g.alnum(40, hexs)}';"),
        ("aws-access-key", ".py",
         f"AWS_ACCESS_KEY_ID = 'AKIA{g.alnum(16, b32)}'"),
        ("github-token", ".ts",
         f"const githubToken = 'ghp_{g.alnum(36)}';"),
        ("slack-token", ".js",
         f"const slackBotToken = 'xoxb-{g.r.randrange(10**11, 10**12)}-"
         f"{g.r.randrange(10**11, 10**12)}-{g.alnum(24)}';"),
        ("stripe-key", ".rb",
         f"STRIPE_SECRET_KEY = 'sk_live_{g.alnum(24)}'"),
        ("plain-http-rest-url", ".js",
         f"fetch('http://api.opentok.com/v2/project/{g.r.randrange(10**7, 10**8)}"
         f"/archive');"),
        ("private-key", ".pem", None),
    ]


def pem(g):
    body = "\n".join(g.alnum(64, string.ascii_letters + string.digits + "+/")
                     for _ in range(25))
    return ("-----BEGIN PRIVATE KEY-----\n" + body +
            "\n-----END PRIVATE KEY-----\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=20000)
    ap.add_argument("--mb", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--planted", type=int, default=200,
                    help="findings planted per kind")
    a = ap.parse_args()
    g = Gen(random.Random(a.seed))
    budget = a.mb * 1024 * 1024
    written = {"bytes": 0, "files": 0}
    planted = []

    def put(rel, text):
        p = os.path.join(a.out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(text)
        written["bytes"] += len(text.encode())
        written["files"] += 1

    # Shares of the byte budget: bundles 30%, lock files 6%, large files
    # 6%, fixtures 4%, vendored 4%, ordinary source the rest.
    n_bundles = max(2, a.files // 330)
    for i in range(n_bundles):
        put(f"web/dist/static/js/chunk-{i}.bundle.js",
            g.minified(int(budget * 0.30 / n_bundles)))
    n_locks = max(2, a.files // 100)
    for i in range(n_locks):
        put(f"packages/pkg{i}/package-lock.json",
            g.lockfile(int(budget * 0.06 / n_locks)))
    for i in range(5):
        put(f"data/exports/big-{i}.py", g.source(".py", int(budget * 0.012)))
    n_fixtures = a.files * 15 // 100
    for i in range(n_fixtures):
        put(f"test/fixtures/set{i % 50}/case{i}.json", g.fixture())
    n_vendored = a.files * 10 // 100
    for i in range(n_vendored):
        put(f"web/node_modules/{g.r.choice(WORDS)}{i % 300}/lib/f{i}.js",
            g.source(".js", int(budget * 0.04 / n_vendored)))

    # Ordinary source fills the rest of the file count and byte budget.
    n_src = max(1, a.files - written["files"] - 7 * a.planted)
    per_file = max(512, (budget - written["bytes"]) // n_src)
    exts = [e for e in LANGS for _ in range(LANGS[e][2])]
    for i in range(n_src):
        ext = g.r.choice(exts)
        d = g.r.choice(DIRS)
        put(f"{d}/m{i % 97}/{g.ident()}{i}{ext}",
            g.source(ext, int(per_file * g.r.uniform(0.3, 1.7))))

    # Planted findings, each in a small file of its own in app code.
    for n in range(a.planted):
        for kind, ext, line in planted_lines(g):
            d = g.r.choice(DIRS)
            if kind == "private-key":
                rel = f"{d}/keys/k{n}/signing{ext}"
                put(rel, pem(g))
                planted.append({"kind": kind, "path": rel, "line": 1})
                continue
            rel = f"{d}/cfg{n}/{kind.replace('-', '_')}{ext}"
            head = g.source(ext if ext in LANGS else ".js", 400)
            put(rel, head + line + "\n")
            planted.append({"kind": kind, "path": rel,
                            "line": head.count("\n") + 1})

    with open(os.path.join(os.path.dirname(os.path.abspath(a.out)),
                           os.path.basename(a.out) + ".planted.json"),
              "w") as f:
        json.dump(planted, f, indent=1)
    print(f"{a.out}: {written['files']} files, "
          f"{written['bytes'] / 1048576:.0f} MB, {len(planted)} planted")


if __name__ == "__main__":
    main()
