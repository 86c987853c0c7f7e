"""Flask token server for the tutoring app (opentok + vonage SDKs)."""
import os

from flask import Flask, jsonify
from opentok import Client, Roles
import vonage
from vonage import Auth, Vonage

app = Flask(__name__)

# ruleid: vonage-api-secret
OPENTOK_API_SECRET = "eb95a8fef257bc678fd0de7a996f58f18577c514"

# ruleid: vonage-api-secret
opentok = Client("45828062", "992cbec8ad5dcbb9a03e2d7f15041f706d1041c4")

# ruleid: vonage-api-secret
vonage_client = Vonage(Auth(api_key="5d1e9b42", api_secret="WPsab5qULXMX4Eb5"))

# ruleid: vonage-api-secret
legacy_client = vonage.Client(key="3c8e1f7a", secret="8JkgkDdjdEfK6fv9")

# ok: vonage-api-secret
weak_example = vonage.Client(key="3c8e1f7a", secret="abcdefgh")

SETTINGS = {
    "opentok": {
        "api_key": "45828062",
        # ruleid: vonage-api-secret
        "api_secret": "d18526dbf13d45c7f0e2ff92566d3d69862c12cf",
    },
}

# ruleid: vonage-api-secret
VONAGE_API_SECRET = "Ti35Kh21ftfVN9PV"

LEGACY_HEADERS = {
    # ruleid: vonage-api-secret
    "X-TB-PARTNER-AUTH": "45828062:6fc4e7d4a4c671622e0767ca6bdf11b90360b117",
}

# ok: vonage-api-secret
live_opentok = Client(os.environ["OPENTOK_API_KEY"], os.environ["OPENTOK_API_SECRET"])

# ok: vonage-api-secret
api_secret = os.environ.get("OPENTOK_API_SECRET", "")

# ok: vonage-api-secret
api_secret_template = "%(opentok_secret)s"

# ok: vonage-api-secret
DEFAULT_SECRET = "changeme"

# ok: vonage-api-secret
GIT_SHA = "880e860c9321467db94d85b9bee8171a802de2a1"

# ok: vonage-api-secret
recording_digest = "cbc1d7a2bf2f394777caa88b30d0cba186112728"

# ok: vonage-api-secret
storage_container = "0c0b6596f6dde0fc6ac8a85a3c6bf48a2827db34"

# ok: vonage-api-secret
TIMEZONE = "UTC"  # old: api_secret = "032c9341e8352cae0b1434bd6d908e5269387972"

# ok: vonage-api-secret
vonage_from_env = Vonage(Auth(api_key=os.environ["VONAGE_API_KEY"], api_secret=os.environ["VONAGE_API_SECRET"]))


@app.route("/token/<session_id>")
def token(session_id):
    # ok: vonage-api-secret
    return jsonify(token=opentok.generate_token(session_id, role=Roles.publisher))
