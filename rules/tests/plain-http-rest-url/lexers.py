"""Syntax-highlighting plugins: each class names its language's home page."""


class RecordingManifestLexer:
    name = "Recording manifest"
    # ok: plain-http-rest-url
    url = "http://manifests.acme-corp.io"
    aliases = ["recman"]


class ArchiveClient:
    # ruleid: plain-http-rest-url
    base_url = "http://archives.acme-corp.io/api"


def resolve(path):
    # A throw-away base for URL arithmetic: single-label hosts never resolve.
    # ok: plain-http-rest-url
    return urljoin("http://a", path)


MIRRORS = [
    # Signed Debian archive over http: apt checks the signatures.
    # ok: plain-http-rest-url
    "http://deb.debian.org/debian",
]
