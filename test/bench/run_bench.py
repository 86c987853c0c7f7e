#!/usr/bin/env python3
"""rtclint side by side with its peers, in one run, on this machine.

Generates the seeded tree (1x and 4x) once, then times, warm and alternating:
rtclint with the default rules at -j1 and -j2, ripgrep with the union of the
secret rules' regexes over the same files (the floor), and secretlint with
its recommended preset on a fixed subset. Prints files/s, MB/s, peak RSS and
the ratios, and checks every tool's recall on the planted findings.

usage: run_bench.py --rtclint BIN --work DIR [--repeat N] [--files N] [--mb N]
"""
import argparse
import collections
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
# What rtclint leaves out by default in this tree; ripgrep is told the same.
RG_EXCLUDES = ["!node_modules", "!package-lock.json"]
SECRETLINT = ["secretlint@12", "@secretlint/secretlint-rule-preset-recommend@12"]


def measure(cmd, cwd=None):
    """Wall seconds, user+sys seconds and peak RSS (MB) of one run."""
    t = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True, errors="replace")
    if t.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {t.returncode}:\n{t.stderr[-2000:]}")
    v = {}
    for line in t.stderr.splitlines():
        k, _, val = line.strip().rpartition(": ")
        v[k] = val
    wall = v["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
    secs = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
    cpu = float(v["User time (seconds)"]) + float(v["System time (seconds)"])
    return secs, cpu, int(v["Maximum resident set size (kbytes)"]) / 1024


def tree_size(root, excludes=("node_modules",), skip_files=("package-lock.json",)):
    files = size = 0
    for d, dirs, names in os.walk(root):
        dirs[:] = [x for x in dirs if x not in excludes]
        for n in names:
            if n in skip_files:
                continue
            p = os.path.join(d, n)
            if os.path.isfile(p) and not os.path.islink(p):
                files += 1
                size += os.path.getsize(p)
    return files, size / 1048576


def secret_regexes(rtclint, work):
    """Every regex of every secrets-category rule, as ripgrep patterns."""
    import yaml
    pats = []
    for d, _, names in os.walk(os.path.join(SOURCE, "rules", "secrets")):
        for n in sorted(names):
            if not n.endswith(".yaml"):
                continue
            with open(os.path.join(d, n)) as f:
                doc = yaml.safe_load(f)

            def walk(x):
                if isinstance(x, dict):
                    for k, v in x.items():
                        if k in ("regex", "value") and isinstance(v, str):
                            pats.append(v)
                        else:
                            walk(v)
                elif isinstance(x, list):
                    for v in x:
                        walk(v)
            walk(doc.get("patterns", []))
    ok = []
    for p in dict.fromkeys(pats):
        # A whole-value constraint (^...$) applies to a string in context
        # in rtclint; on lines it would match almost everything.
        if p.lstrip("(?i)").startswith("^") and p.endswith("$"):
            continue
        p = re.sub(r"\(\?P<\w+>", "(?:", p)  # one pattern file, no names
        r = subprocess.run(["rg", "-q", "-e", p, "/dev/null"],
                           capture_output=True)
        if r.returncode in (0, 1):  # keep what ripgrep's syntax accepts
            ok.append(p)
    path = os.path.join(work, "secret-patterns.txt")
    with open(path, "w") as f:
        f.write("\n".join(ok) + "\n")
    return path, len(ok), len(pats)


def ensure_secretlint(work):
    d = os.path.join(work, "secretlint")
    exe = os.path.join(d, "node_modules", ".bin", "secretlint")
    if not os.path.exists(exe):
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent",
                        "--prefix", d] + SECRETLINT, check=True)
    rc = os.path.join(d, ".secretlintrc.json")
    with open(rc, "w") as f:
        json.dump({"rules": [
            {"id": "@secretlint/secretlint-rule-preset-recommend"}]}, f)
    return exe, rc


def subset(tree, planted, out, n):
    """A fixed subset: every planted file and ordinary files up to n."""
    if os.path.isdir(out):
        shutil.rmtree(out)
    keep = sorted({p["path"] for p in planted})
    others = []
    for d, dirs, names in os.walk(tree):
        dirs[:] = sorted(x for x in dirs if x != "node_modules")
        for name in sorted(names):
            rel = os.path.relpath(os.path.join(d, name), tree)
            if rel not in keep and name != "package-lock.json":
                others.append(rel)
    step = max(1, len(others) // max(1, n - len(keep)))
    chosen = keep + others[::step][:max(0, n - len(keep))]
    for rel in chosen:
        os.makedirs(os.path.dirname(os.path.join(out, rel)), exist_ok=True)
        shutil.copyfile(os.path.join(tree, rel), os.path.join(out, rel))
    return len(chosen)


def recall(planted, hits):
    """Per kind: (found, planted). hits: set of (relpath, line)."""
    by, got = collections.Counter(), collections.Counter()
    for p in planted:
        by[p["kind"]] += 1
        got[p["kind"]] += (p["path"], p["line"]) in hits
    return {k: (got[k], by[k]) for k in sorted(by)}


def rtclint_hits(rtclint, tree):
    p = subprocess.run([rtclint, "scan", "--format", "json", "--fail-on",
                        "never", "-q", "."], cwd=tree, capture_output=True,
                       text=True)
    return {(f["path"], f["line"]) for f in json.loads(p.stdout)["findings"]}


def secretlint_hits(exe, rc, tree, work):
    # Its JSON is cut short on a pipe; --output writes all of it.
    out = os.path.join(work, "secretlint.json")
    subprocess.run([exe, "--secretlintrc", rc, "--format", "json", "--output",
                    out, "**/*"], cwd=tree, capture_output=True)
    hits = set()
    with open(out) as f:
        for res in json.load(f):
            rel = os.path.relpath(res["filePath"], tree)
            for m in res.get("messages", []):
                hits.add((rel, m["loc"]["start"]["line"]))
    return hits


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rtclint", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--files", type=int, default=20000)
    ap.add_argument("--mb", type=int, default=300)
    ap.add_argument("--subset", type=int, default=2000)
    a = ap.parse_args()
    rt = os.path.abspath(a.rtclint)
    work = os.path.abspath(a.work)
    os.makedirs(work, exist_ok=True)

    trees = {}
    for scale in (1, 4):
        t = os.path.join(work, f"tree{scale}x")
        if not os.path.isdir(t):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_tree.py"),
                            t, "--files", str(a.files * scale), "--mb",
                            str(a.mb * scale), "--seed", str(scale),
                            "--planted", str(max(5, a.files // 100))],
                           check=True)
        with open(t + ".planted.json") as f:
            trees[scale] = (t, json.load(f))
    tree, planted = trees[1]
    pats, n_pats, n_all = secret_regexes(rt, work)
    exe, rc = ensure_secretlint(work)
    sub = os.path.join(work, "subset")
    n_sub = subset(tree, planted, sub, a.subset)

    rg = ["rg", "--no-messages", "-c", "-f", pats] + \
        [x for g in RG_EXCLUDES for x in ("-g", g)]
    runs = {
        ("rtclint -j1", "tree 1x"): [rt, "scan", "-q", "--fail-on", "never",
                                     "-j1", tree],
        ("rtclint -j2", "tree 1x"): [rt, "scan", "-q", "--fail-on", "never",
                                     "-j2", tree],
        ("ripgrep -j2", "tree 1x"): rg + ["-j2", tree],
        ("rtclint -j2", "tree 4x"): [rt, "scan", "-q", "--fail-on", "never",
                                     "-j2", trees[4][0]],
        ("rtclint -j1", "subset"): [rt, "scan", "-q", "--fail-on", "never",
                                    "-j1", sub],
        ("secretlint", "subset"): [exe, "--secretlintrc", rc, "**/*"],
    }
    for real in ("/usr/include", "/usr/lib/python3"):
        if os.path.isdir(real):
            # Installed trees are all vendored code by rtclint's defaults.
            runs[("rtclint -j2", real)] = [rt, "scan", "-q", "--fail-on",
                                           "never", "--no-default-excludes",
                                           "-j2", real]
            runs[("ripgrep -j2", real)] = rg[:5] + ["-j2", real]
    cwd = {("secretlint", "subset"): sub}
    results = collections.defaultdict(list)
    for k, cmd in runs.items():  # warm the page cache
        if k[0] != "secretlint":
            measure(cmd, cwd=cwd.get(k))
    for i in range(a.repeat):
        keys = list(runs) if i % 2 == 0 else list(reversed(runs))
        for k in keys:
            if k[0] == "secretlint" and i > 0:
                continue  # minutes per run: once is enough
            results[k].append(measure(runs[k], cwd=cwd.get(k)))

    sizes = {"tree 1x": tree_size(tree), "tree 4x": tree_size(trees[4][0]),
             "subset": tree_size(sub)}
    for real in ("/usr/include", "/usr/lib/python3"):
        sizes[real] = tree_size(real, excludes=(), skip_files=())
    rows, med = [], {}
    for k, ms in results.items():
        wall = statistics.median(m[0] for m in ms)
        cpu = statistics.median(m[1] for m in ms)
        rss = max(m[2] for m in ms)
        med[k] = (wall, cpu, rss)
        files, mb = sizes[k[1]]
        cores = 1 if "-j1" in k[0] or k[0] == "secretlint" else 2
        rows.append(f"| {k[0]} | {k[1]} | {files} | {mb:.0f} | {wall:.2f} | "
                    f"{cpu:.2f} | {files / wall:.0f} | {mb / wall:.1f} | "
                    f"{mb / wall / cores:.1f} | {rss:.0f} |")
    print(f"\nMachine: {os.cpu_count()} cores; {time.strftime('%Y-%m-%d')}; "
          f"median of {a.repeat} warm runs (secretlint: 1); ripgrep with "
          f"{n_pats} of the {n_all} secret-rule regexes (the rest use syntax "
          f"ripgrep lacks)\n")
    print("| tool | input | files | MB | wall s | user+sys s | files/s | "
          "MB/s | MB/s per core | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    r2 = med[("rtclint -j2", "tree 1x")][0] / med[("ripgrep -j2", "tree 1x")][0]
    s1 = med[("secretlint", "subset")][0] / med[("rtclint -j1", "subset")][0]
    rss1 = med[("rtclint -j2", "tree 1x")][2]
    rss4 = med[("rtclint -j2", "tree 4x")][2]
    print(f"\nrtclint / ripgrep time (tree 1x, -j2): {r2:.1f}x (target <= 3x)")
    print(f"secretlint / rtclint time (subset of {n_sub} files, -j1): "
          f"{s1:.0f}x (target >= 50x)")
    print(f"peak RSS rtclint -j2: {rss1:.0f} MB at 1x, {rss4:.0f} MB at 4x "
          f"(target: flat, under 150 MB)")

    rec_rt = recall(planted, rtclint_hits(rt, tree))
    sub_planted = planted  # every planted file is in the subset
    rec_rt_sub = recall(sub_planted, rtclint_hits(rt, sub))
    rec_sl = recall(sub_planted, secretlint_hits(exe, rc, sub, work))
    print("\n| planted kind | rtclint (tree 1x) | rtclint (subset) | "
          "secretlint (subset) |")
    print("|---|---|---|---|")
    for kind in rec_rt:
        f = lambda r: f"{r[kind][0]}/{r[kind][1]}"
        print(f"| {kind} | {f(rec_rt)} | {f(rec_rt_sub)} | {f(rec_sl)} |")
    missed = sum(b - g for g, b in rec_rt.values())
    if missed:
        sys.exit(f"rtclint missed {missed} planted findings")


if __name__ == "__main__":
    main()
