import os

from flask import Flask, jsonify
from opentok import Client

from .auth import login_required, current_user
from .meetings import session_for

app = Flask(__name__)
opentok = Client(os.environ["OPENTOK_API_KEY"], os.environ["OPENTOK_API_SECRET"])
LOBBY_SESSION = os.environ["LOBBY_SESSION_ID"]
# Minted at import time and served to every caller.
LOBBY_TOKEN = opentok.generate_token(LOBBY_SESSION)
TOKENS = {}


@app.route("/lobby/token")
@login_required
def lobby_token():
    # ruleid: shared-client-token
    return jsonify(session_id=LOBBY_SESSION, token=LOBBY_TOKEN)


@app.route("/meetings/<meeting_id>/token")
@login_required
def meeting_token(meeting_id):
    session_id = session_for(meeting_id)
    token = opentok.generate_token(session_id)
    # ok: shared-client-token
    return jsonify(session_id=session_id, token=token)


@app.route("/meetings/<meeting_id>/cached-token")
@login_required
def cached_token(meeting_id):
    key = (meeting_id, current_user.id)
    if key not in TOKENS:
        TOKENS[key] = opentok.generate_token(session_for(meeting_id))
    # ok: shared-client-token
    return jsonify(token=TOKENS[key])
