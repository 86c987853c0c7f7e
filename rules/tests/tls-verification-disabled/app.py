"""Flask token server and archive helper for a Vonage Video app."""
import os
import ssl

import httpx
import jwt
import pycurl
import requests
import urllib3
import websocket
from flask import Flask, jsonify
from opentok import Client

API_KEY = os.environ["OPENTOK_API_KEY"]
BASE = f"https://api.opentok.com/v2/project/{API_KEY}"
opentok = Client(API_KEY, os.environ["OPENTOK_API_SECRET"])
app = Flask(__name__)

# ok: tls-verification-disabled
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def start_archive(session_id):
    # ruleid: tls-verification-disabled
    return requests.post(f"{BASE}/archive", json={"sessionId": session_id}, headers=auth_headers(), verify=False)


def stop_archive(archive_id):
    # ok: tls-verification-disabled
    return requests.post(f"{BASE}/archive/{archive_id}/stop", headers=auth_headers(), verify=True)


def list_archives():
    # ok: tls-verification-disabled
    return requests.get(f"{BASE}/archive", headers=auth_headers(), verify="/etc/ssl/certs/corp-ca.pem")


# ruleid: tls-verification-disabled
vonage_http = httpx.Client(base_url="https://video.api.vonage.com", verify=False)

# ok: tls-verification-disabled
strict_http = httpx.Client(base_url="https://video.api.vonage.com", verify=os.environ.get("SSL_CERT_FILE", True))

session = requests.Session()
# ruleid: tls-verification-disabled
session.verify = False
# ok: tls-verification-disabled
session.verify = os.environ.get("REQUESTS_CA_BUNDLE", True)

# ruleid: tls-verification-disabled
ssl._create_default_https_context = ssl._create_unverified_context


def sip_context():
    # ruleid: tls-verification-disabled
    ctx = ssl._create_unverified_context()
    return ctx


def loose_context():
    ctx = ssl.create_default_context()
    # ruleid: tls-verification-disabled
    ctx.check_hostname = False
    # ruleid: tls-verification-disabled
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def strict_context():
    ctx = ssl.create_default_context(cafile=os.environ["CA_FILE"])
    # ok: tls-verification-disabled
    ctx.check_hostname = True
    # ok: tls-verification-disabled
    ctx.verify_mode = ssl.CERT_REQUIRED
    # ok: tls-verification-disabled
    if ctx.verify_mode == ssl.CERT_NONE:
        raise RuntimeError("certificate verification must stay on")
    return ctx


# ruleid: tls-verification-disabled
signal_ws = websocket.create_connection("wss://signal.example-video.com", sslopt={"cert_reqs": ssl.CERT_NONE})

# ruleid: tls-verification-disabled
pool = urllib3.PoolManager(cert_reqs="CERT_NONE")

# ok: tls-verification-disabled
strict_pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=os.environ["CA_FILE"])

# ok: tls-verification-disabled
claims = jwt.decode(os.environ["SAMPLE_JWT"], os.environ["OPENTOK_API_SECRET"], algorithms=["HS256"], verify=False)

# ruleid: tls-verification-disabled
os.environ["PYTHONHTTPSVERIFY"] = "0"

# ruleid: tls-verification-disabled
os.environ.setdefault("NODE_TLS_REJECT_UNAUTHORIZED", "0")

# ok: tls-verification-disabled
https_verify = os.environ.get("PYTHONHTTPSVERIFY", "1")

# ok: tls-verification-disabled
app.logger.warning("verify=False is not allowed; set REQUESTS_CA_BUNDLE instead")

# ok: tls-verification-disabled
health = requests.get("https://api.opentok.com/health", timeout=5)  # verify=False removed in #142


def download_recording(url, path):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    # ruleid: tls-verification-disabled
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    # ok: tls-verification-disabled
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    with open(path, "wb") as out:
        c.setopt(pycurl.WRITEDATA, out)
        c.perform()


@app.route("/token/<session_id>")
def token(session_id):
    return jsonify(token=opentok.generate_token(session_id))


def archive_client(args):
    # Behind a user option (--insecure): reported as a note.
    # ruleid: tls-verification-disabled
    return requests.Session(), dict(verify=not args.insecure)


def archive_client_ca(args):
    # ok: tls-verification-disabled
    return requests.Session(), dict(verify=args.ca_bundle)
