# ok: plain-http-rest-url
"""Token server helpers; staging runs at http://staging.acme-corp.io.

Staging mirrors production and is refreshed nightly.
"""
import os

import requests

# ruleid: plain-http-rest-url
OPENTOK_API_URL = "http://api.opentok.com"
# ok: plain-http-rest-url
OPENTOK_API_URL_TLS = "https://api.opentok.com"
# ok: plain-http-rest-url
LOCAL_TOKEN_SERVER = os.environ.get("TOKEN_SERVER", "http://0.0.0.0:5000")


def force_disconnect(session_id, connection_id, jwt):
    # ruleid: plain-http-rest-url
    url = "http://api.opentok.com/v2/project/45828062/session/%s/connection/%s" % (session_id, connection_id)
    return requests.delete(url, headers={"X-OPENTOK-AUTH": jwt})


def notify(meeting):
    # ruleid: plain-http-rest-url
    requests.post(f"http://hooks.acme-corp.io/video/{meeting['id']}", json=meeting)


def token_servers():
    """Token servers, tried in order (see http://wiki.acme-corp.io/video)."""
    # ruleid: plain-http-rest-url
    return ["http://tokens-eu.acme-corp.io",
            # ruleid: plain-http-rest-url
            "http://tokens-us.acme-corp.io"]


def callback_url(host):
    # ok: plain-http-rest-url
    return "http://%s/events" % host


def metadata_token():
    # ok: plain-http-rest-url
    return requests.get("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
                        headers={"Metadata-Flavor": "Google"})


# ruleid: plain-http-rest-url
ARCHIVE_WEBHOOK = "http://203.0.113.40/archive-ready"
# ok: plain-http-rest-url
LICENSE_URL = "http://www.apache.org/licenses/LICENSE-2.0"
# ok: plain-http-rest-url
EXAMPLE_ENDPOINT = "http://example.org/token"  # real one: http://tokens.acme-corp.io
