import os
import time
from datetime import datetime, timedelta

from flask import Flask, jsonify
from flask_login import login_required
from opentok import Client, Roles

app = Flask(__name__)
opentok = Client(os.environ["OPENTOK_API_KEY"], os.environ["OPENTOK_API_SECRET"])
TOKEN_TTL = 30 * 86400


@app.route("/rooms/<room>/token", methods=["POST"])
@login_required
def room_token(room):
    session_id = lookup_session(room)
    # ruleid: token-expiry-too-long
    token = opentok.generate_token(session_id, role=Roles.publisher, expire_time=int(time.time()) + TOKEN_TTL)
    return jsonify(token=token)


@app.route("/rooms/<room>/guest", methods=["POST"])
@login_required
def guest_token(room):
    session_id = lookup_session(room)
    expires = datetime.now() + timedelta(days=7)
    # ruleid: token-expiry-too-long
    return jsonify(token=opentok.generate_token(session_id, expire_time=expires.timestamp()))


@app.route("/rooms/<room>/short", methods=["POST"])
@login_required
def short_token(room):
    session_id = lookup_session(room)
    # ok: token-expiry-too-long
    return jsonify(token=opentok.generate_token(session_id, expire_time=int(time.time()) + 2 * 3600))
