import os

from flask import Flask, jsonify, request
from opentok import Client, MediaModes

app = Flask(__name__)
opentok = Client(os.environ["OPENTOK_API_KEY"], os.environ["OPENTOK_API_SECRET"])

# ruleid: hardcoded-session-id
LOBBY_SESSION_ID = "1_MX40NTgyODA2Mn5-VGh1IERlYyAwMyAxODozMDowMCBQU1QgMjAyNn5QS1IwQ3NUeTRRd2I4RHdrTmhGZG5Yc2l-UA"
# ok: hardcoded-session-id
DEFAULT_SESSION_ID = os.environ.get("OPENTOK_SESSION_ID", "")

ROOMS = {
    # ruleid: hardcoded-session-id
    "standup": "2_MX40NzE5MzM1NX5-MTc2NDAwMDAwMDAwMH4yaHBDaFlnQ2ZyTDFzcE54bnlWbWloQS9-",
    # ok: hardcoded-session-id
    "retro": "YOUR_SESSION_ID",
}


@app.route("/rooms/<name>/token")
def room_token(name):
    # ok: hardcoded-session-id
    session_id = request.args.get("session_id") or ROOMS.get(name)
    return jsonify(token=opentok.generate_token(session_id))


@app.route("/demo/token")
def demo_token():
    # ruleid: hardcoded-session-id
    return jsonify(token=opentok.generate_token(session_id="1_MX40NjI4NDkxN34yMDMuMC4xMTMuN35XZWQgT2N0IDA3IDE2OjQ1OjEzIFBEVCAyMDI2flJJQlh1REw3RHh0cFlsU1hwZkt0SEY0dn5Q"))


# ok: hardcoded-session-id
SAMPLE = "1_MX40NTgyODA2Mn5-TW9uIE5vdiAy"  # full id was '1_MX40NTgyODA2Mn5-TW9uIE5vdiAyMyAxMDowMTowMiBQU1QgMjAyNn51OGp6UGRlMElneExkNkduY2ZCQWVwZkp-UA'
