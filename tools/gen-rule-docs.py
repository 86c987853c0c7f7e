#!/usr/bin/env python3
"""Generate the rule reference (docs/rules/) from the rtclint binary.

The rules are read through the binary (`rules list`, `rules show ID`,
`explain ID`) rather than from the YAML, so the reference documents exactly
what the built-in rule set loads, with no YAML parser needed. The languages a
rule is tested in come from the file names of its fixtures under
rules/tests/<id>/. Output is deterministic: same binary and tree, same bytes.

Usage: python3 tools/gen-rule-docs.py [--rtclint BIN] [--out DIR]
                                      [--source-dir DIR]
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)



def categories(source_dir):
    """Category order of the rule catalog, from the loader's own table
    (lib/rules/Categories.def); unknown ones sort last."""
    path = os.path.join(source_dir, "lib", "rules", "Categories.def")
    with open(path, encoding="utf-8") as f:
        return re.findall(r'^RTCLINT_CATEGORY\("([^"]+)"\)', f.read(), re.M)


# File name -> language, mirroring lib/source/DetectLanguage.cpp. Display
# names and their order in the "Tested in" line.
LANGUAGES = [
    ("c", "C"), ("cpp", "C++"), ("objc", "Objective-C"),
    ("objcpp", "Objective-C++"), ("java", "Java"), ("kotlin", "Kotlin"),
    ("scala", "Scala"), ("groovy", "Groovy"), ("swift", "Swift"),
    ("csharp", "C#"), ("go", "Go"), ("javascript", "JavaScript"),
    ("typescript", "TypeScript"), ("python", "Python"), ("ruby", "Ruby"),
    ("php", "PHP"), ("shell", "shell"), ("dockerfile", "Dockerfile"),
    ("env", ".env"), ("properties", "properties"), ("yaml", "YAML"),
    ("json", "JSON"), ("xml", "XML"), ("plist", "plist"), ("html", "HTML"),
    ("hcl", "HCL"), ("text", "plain text"),
]
EXTENSIONS = {
    "c": "c", "h": "c",
    "cc": "cpp", "cpp": "cpp", "cxx": "cpp", "c++": "cpp", "hpp": "cpp",
    "hh": "cpp", "hxx": "cpp", "ipp": "cpp",
    "m": "objc", "mm": "objcpp", "java": "java", "kt": "kotlin",
    "kts": "kotlin", "scala": "scala", "sc": "scala", "groovy": "groovy",
    "gradle": "groovy", "swift": "swift", "cs": "csharp", "csx": "csharp",
    "go": "go", "js": "javascript", "jsx": "javascript", "mjs": "javascript",
    "cjs": "javascript", "ts": "typescript", "tsx": "typescript",
    "mts": "typescript", "cts": "typescript", "py": "python", "pyw": "python",
    "pyi": "python", "rb": "ruby", "rake": "ruby", "gemspec": "ruby",
    "php": "php", "phtml": "php", "sh": "shell", "bash": "shell",
    "zsh": "shell", "ksh": "shell", "env": "env", "properties": "properties",
    "ini": "properties", "cfg": "properties", "conf": "properties",
    "yml": "yaml", "yaml": "yaml", "json": "json", "jsonc": "json",
    "json5": "json", "xml": "xml", "xsd": "xml", "xaml": "xml",
    "csproj": "xml", "config": "xml", "storyboard": "xml", "xib": "xml",
    "entitlements": "xml", "plist": "plist", "html": "html", "htm": "html",
    "vue": "html", "svelte": "html", "dockerfile": "dockerfile", "tf": "hcl",
    "tfvars": "hcl", "hcl": "hcl",
}
NAMES = {
    "Dockerfile": "dockerfile", "Containerfile": "dockerfile", ".env": "env",
    ".babelrc": "json", "Jenkinsfile": "groovy", "Gemfile": "ruby",
    "Rakefile": "ruby", "Podfile": "ruby", "Vagrantfile": "ruby",
    "Fastfile": "ruby",
}

# Section titles of `rtclint explain`, in the order pages show them.
SECTIONS = ["Security-guide practice", "Why it matters", "Bad", "Good", "Fix",
            "Options", "References"]


def fixture_language(filename):
    """The language rtclint detects for a fixture, from its name alone."""
    if filename in NAMES:
        return NAMES[filename]
    if filename.startswith("Dockerfile."):
        return "dockerfile"
    if filename.startswith(".env."):
        return "env"
    stem, dot, ext = filename.rpartition(".")
    if dot and stem:
        return EXTENSIONS.get(ext.lower(), "text")
    return "text"


def fixture_languages(filenames):
    """Display names of the fixtures' languages, in a fixed order."""
    found = {fixture_language(f) for f in filenames}
    return [label for key, label in LANGUAGES if key in found]


def run(rtclint, args):
    p = subprocess.run([rtclint] + args, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"gen-rule-docs: '{' '.join(['rtclint'] + args)}' exited "
                 f"{p.returncode}:\n{p.stderr}")
    return p.stdout


def parse_list(text):
    """`rtclint rules list` -> [(id, severity, category, title)]."""
    rows = []
    for line in text.splitlines()[1:]:
        m = re.match(r"^(\S+)\s+(\S+)\s+(\S+)\s+(.*)$", line)
        if m:
            rows.append(m.groups())
    return rows


def dedent(lines, width):
    out = [l[width:] if l[:width].strip() == "" else l.strip()
           for l in lines]
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(l.rstrip() for l in out)


def parse_explain(text):
    """`rtclint explain ID` -> {section title: body}, bodies dedented."""
    sections, current, body = {}, None, []
    for line in text.splitlines():
        if line.endswith(":") and line[:-1] in SECTIONS:
            current, body = line[:-1], []
            sections[current] = body
        elif current and (line.startswith(" ") or line == ""):
            body.append(line)
        else:
            current = None
    return {k: dedent(v, 4 if k in ("Bad", "Good") else 2)
            for k, v in sections.items()}


def parse_show(text):
    """`rtclint rules show ID` -> {field: value} of its `key: value` lines."""
    fields = {}
    for line in text.splitlines():
        m = re.match(r"^  ([a-z]+):\s+(.*)$", line)
        if m and m.group(1) not in fields:
            fields[m.group(1)] = m.group(2)
    return fields


def rule_file(show):
    """Repository path of the rule's YAML ("<builtin>/rules/x/y.yaml")."""
    src = show.get("source", "")
    return src[len("<builtin>/"):] if src.startswith("<builtin>/") else ""


def page(rule, explain, show, fixtures):
    rid, sev, cat, title = rule
    out = [f"# {rid}", "", f"**{title}**", "",
           "<!-- Generated by tools/gen-rule-docs.py; do not edit. -->", "",
           "| | |", "|---|---|",
           f"| Severity | {sev} |", f"| Category | {cat} |"]
    if show.get("secret", "").startswith("yes"):
        out.append("| Secret | yes: matches are redacted in every output |")
    out.append(f"| Languages | {show.get('languages', 'all')} |")
    src = rule_file(show)
    if src:
        out.append(f"| Rule file | [{src}](../../{src}) |")
    if fixtures:
        langs = ", ".join(fixture_languages(fixtures))
        out.append(f"| Tested in | {langs} ([{len(fixtures)} fixture files]"
                   f"(../../rules/tests/{rid}/)) |")
    else:
        out.append("| Tested in | no fixtures |")
    refs = explain.get("References", "").splitlines()
    cwe = [r for r in refs if r.startswith("CWE-")]
    if cwe:
        cid, _, url = cwe[0].partition(": ")
        out.append(f"| CWE | [{cid}]({url}) |")
    out.append("")
    for name in SECTIONS:
        body = explain.get(name)
        if not body:
            continue
        out += [f"## {name}", ""]
        if name in ("Bad", "Good"):
            out += ["```", body, "```"]
        elif name == "Options":
            # "name (type, default D): description" -> a table row.
            out += ["Set in `.rtclint.yaml` under the rule's id.", "",
                    "| option | type | default | meaning |",
                    "|---|---|---|---|"]
            for line in body.splitlines():
                m = re.match(r"^(\S+) \((\w+), default (.*?)\): (.*)$", line)
                if m:
                    out.append("| `{}` | {} | `{}` | {} |".format(*m.groups()))
        elif name == "References":
            for line in body.splitlines():
                label, _, url = line.partition(": ")
                out.append(f"- [{label}]({url})" if url.startswith("http")
                           else f"- <{line}>")
        else:
            out.append(body)
        out.append("")
    out += ["## Suppressing a finding", "",
            "Inline suppressions are not in this version yet (see the "
            "[user guide](../user-guide.md)). Until then, turn the rule off "
            f"for a run with `rtclint scan --disable {rid}`, or exclude the "
            "file with `--exclude` or `.rtclintignore`.", ""]
    return "\n".join(out)


def index(rules, show_by_id, category_order):
    order = {c: i for i, c in enumerate(category_order)}
    rows = sorted(rules, key=lambda r: (order.get(r[2], len(order)), r[2],
                                        r[0]))
    out = ["# Rule reference", "",
           "<!-- Generated by tools/gen-rule-docs.py; do not edit. -->", "",
           f"rtclint ships {len(rules)} built-in rules. Each page below "
           "carries the security-guide practice the rule enforces, why it "
           "matters, a bad and a good example, the fix, and the languages "
           "its fixtures cover. The same text is printed by "
           "`rtclint explain ID`.", "",
           "| id | severity | category | title | rule file |",
           "|---|---|---|---|---|"]
    for rid, sev, cat, title in rows:
        src = rule_file(show_by_id[rid])
        link = f"[{os.path.basename(src)}](../../{src})" if src else ""
        out.append(f"| [{rid}]({rid}.md) | {sev} | {cat} | {title} | "
                   f"{link} |")
    out += ["", "To write your own rules, see "
            "[writing-rules.md](../writing-rules.md).", ""]
    return "\n".join(out)


def generate(rtclint, source_dir):
    """Every output file as {name: text}."""
    rules = parse_list(run(rtclint, ["rules", "list"]))
    if not rules:
        sys.exit("gen-rule-docs: 'rtclint rules list' printed no rules")
    files, shows = {}, {}
    for rule in rules:
        rid = rule[0]
        shows[rid] = parse_show(run(rtclint, ["rules", "show", rid]))
        explain = parse_explain(run(rtclint, ["explain", rid]))
        tests = os.path.join(source_dir, "rules", "tests", rid)
        fixtures = sorted(f for f in os.listdir(tests)
                          if os.path.isfile(os.path.join(tests, f))) \
            if os.path.isdir(tests) else []
        files[f"{rid}.md"] = page(rule, explain, shows[rid], fixtures)
    files["index.md"] = index(rules, shows, categories(source_dir))
    return files


def write(files, out_dir):
    """Writes the pages and removes pages of rules that no longer exist."""
    os.makedirs(out_dir, exist_ok=True)
    for name in sorted(os.listdir(out_dir)):
        if name.endswith(".md") and name not in files:
            os.remove(os.path.join(out_dir, name))
    for name, text in sorted(files.items()):
        with open(os.path.join(out_dir, name), "w", newline="\n") as f:
            f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rtclint", default=os.environ.get(
        "RTCLINT", os.path.join(REPO, "build", "bin", "rtclint")))
    ap.add_argument("--source-dir", default=REPO)
    ap.add_argument("--out", default=None,
                    help="output directory (default: SOURCE_DIR/docs/rules)")
    args = ap.parse_args()
    out = args.out or os.path.join(args.source_dir, "docs", "rules")
    if not os.access(args.rtclint, os.X_OK):
        sys.exit(f"gen-rule-docs: no rtclint binary at {args.rtclint}; "
                 "build it first (make build) or pass --rtclint")
    files = generate(args.rtclint, args.source_dir)
    write(files, out)
    print(f"gen-rule-docs: wrote {len(files)} files to {out}")


if __name__ == "__main__":
    main()
