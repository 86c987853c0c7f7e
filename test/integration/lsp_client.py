"""A minimal LSP client over a child's stdio for the protocol tests and the
latency measurement: framed writes, a reader thread, waits with a bound."""
import json
import queue
import subprocess
import threading


class LspProcess:
    def __init__(self, argv, cwd=None):
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, cwd=cwd)
        self.messages = queue.Queue()
        self.stderr = b""
        self.threads = [threading.Thread(target=f, daemon=True)
                        for f in (self._read, self._read_err)]
        for t in self.threads:
            t.start()
        self.next_id = 0

    def _read(self):
        out = self.p.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                k, _, v = line.decode().partition(":")
                headers[k.strip().lower()] = v.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def _read_err(self):
        self.stderr = self.p.stderr.read()

    def raw(self, data):
        self.p.stdin.write(data)
        self.p.stdin.flush()

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method,
                   "params": params})
        return self.next_id

    def wait(self, pred, timeout=30):
        """The first message satisfying pred; earlier ones are dropped."""
        while True:
            m = self.messages.get(timeout=timeout)
            if m is None:
                raise AssertionError("server closed its output")
            if pred(m):
                return m

    def response(self, rid, timeout=30):
        return self.wait(lambda m: m.get("id") == rid and "method" not in m,
                         timeout)

    def diagnostics(self, uri, timeout=30, version=None):
        def match(m):
            return (m.get("method") == "textDocument/publishDiagnostics"
                    and m["params"]["uri"] == uri
                    and (version is None
                         or m["params"].get("version") == version))
        return self.wait(match, timeout)["params"]

    def initialize(self, capabilities=None, root=None):
        rid = self.request("initialize", {
            "processId": None, "rootUri": root,
            "capabilities": capabilities or {}})
        r = self.response(rid)
        self.notify("initialized", {})
        return r

    def finish(self, timeout=30):
        rid = self.request("shutdown", None)
        self.response(rid)
        self.notify("exit", None)
        return self.close(timeout)

    def close(self, timeout=30):
        rc = self.p.wait(timeout=timeout)
        for t in self.threads:
            t.join(timeout)
        for f in (self.p.stdin, self.p.stdout, self.p.stderr):
            f.close()
        return rc
