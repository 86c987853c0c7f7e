import os
import time
from datetime import datetime, timezone

from flask import Flask, jsonify
from flask_login import login_required
from opentok import Client, Roles

app = Flask(__name__)
opentok = Client(os.environ["OPENTOK_API_KEY"], os.environ["OPENTOK_API_SECRET"])

SEASON_END = datetime(2099, 12, 31, tzinfo=timezone.utc)


@app.route("/rooms/<room>/token", methods=["POST"])
@login_required
def season_token(room):
    session_id = lookup_session(room)
    # ruleid: token-expiry-too-long
    token = opentok.generate_token(session_id, role=Roles.publisher, expire_time=int(SEASON_END.timestamp()))
    return jsonify(token=token)


@app.route("/rooms/<room>/guest", methods=["POST"])
@login_required
def guest_token(room):
    session_id = lookup_session(room)
    # ruleid: token-expiry-too-long
    token = opentok.generate_token(session_id, expire_time=datetime(2099, 1, 1).timestamp())
    return jsonify(token=token)


@app.route("/rooms/<room>/short", methods=["POST"])
@login_required
def short_token(room):
    session_id = lookup_session(room)
    # ok: token-expiry-too-long
    token = opentok.generate_token(session_id, expire_time=int(time.time()) + 2 * 3600)
    return jsonify(token=token)
