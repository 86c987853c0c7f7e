#!/usr/bin/env python3
"""Measures `rtclint lsp`'s latency from didChange to publishDiagnostics:
the median of 20 single-line edits on a generated 50-line and 5,000-line
JavaScript file, and the server's CPU time per edit (what the latency is on
an idle machine; on a loaded one the wall time waits for a core).
A measurement, not a test:

    python3 test/integration/lsp_latency.py build/bin/rtclint [DEBOUNCE_MS]
"""
import os
import pathlib
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import LspProcess  # noqa: E402

HEX = "".join("9f3a7c1e5b2d8046"[(i * 7) % 16] for i in range(40))


def source(lines):
    """Server-side JavaScript of about `lines` lines with a few findings."""
    out = ["const OpenTok = require('opentok');",
           f"const ot = new OpenTok('45828062', '{HEX}');"]
    i = 0
    while len(out) < lines - 1:
        out += [f"async function handler{i}(req, res) {{",
                f"  const session = await getSession(req.params.room{i});",
                "  const token = ot.generateToken(session.id, {role: 'publisher'});",
                f"  res.json({{token, n: {i}, url: 'https://api.example.com/v{i}'}});",
                "}"]
        i += 1
    out = out[:lines - 1] + ["fetch('http://tokens.mycompany.io/token');"]
    return "\n".join(out) + "\n"


def cpu_seconds(pid):
    """User + system CPU seconds of a process, all its threads."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(rtclint, lines, debounce):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, f"app{lines}.js")
        text = source(lines)
        with open(path, "w") as f:
            f.write(text)
        uri = pathlib.Path(path).as_uri()
        s = LspProcess([rtclint, "lsp", "--debounce-ms", str(debounce)], cwd=d)
        s.initialize()
        s.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "javascript", "version": 1,
            "text": text}})
        s.diagnostics(uri)
        times = []
        cpu0 = cpu_seconds(s.p.pid)
        mid = lines // 2
        for v in range(2, 22):
            edit = {"range": {"start": {"line": mid, "character": 0},
                              "end": {"line": mid, "character": 0}},
                    "text": f"// edit {v}\n"}
            t0 = time.perf_counter()
            s.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": v},
                "contentChanges": [edit]})
            d_ = s.diagnostics(uri, version=v)
            times.append((time.perf_counter() - t0) * 1000)
            assert d_["diagnostics"], "the findings vanished"
        cpu = (cpu_seconds(s.p.pid) - cpu0) * 1000 / len(times)
        s.finish()
        return statistics.median(times), min(times), max(times), cpu


def main():
    rtclint = os.path.abspath(sys.argv[1] if len(sys.argv) > 1
                              else "build/bin/rtclint")
    debounce = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    for lines in (50, 5000):
        med, lo, hi, cpu = measure(rtclint, lines, debounce)
        print(f"{lines:5d} lines, debounce {debounce} ms: median {med:.1f} ms "
              f"(min {lo:.1f}, max {hi:.1f}) over 20 edits; server CPU "
              f"{cpu:.1f} ms per edit")


if __name__ == "__main__":
    main()
