import os

from flask import Flask, abort, jsonify
from flask_login import current_user, login_required
from opentok import Client, MediaModes

app = Flask(__name__)
opentok = Client(os.environ["OPENTOK_API_KEY"], os.environ["OPENTOK_API_SECRET"])

# Created once when the module is imported.
session = opentok.create_session(media_mode=MediaModes.routed)
app.config["WEBINAR_SESSION_ID"] = opentok.create_session().session_id

meetings = {}


@app.route("/token")
@login_required
def token():
    # ruleid: session-id-reuse
    return jsonify(token=opentok.generate_token(session.session_id))


@app.route("/")
@login_required
def index():
    session_id = session.session_id
    # ruleid: session-id-reuse
    return jsonify(session_id=session_id, token=opentok.generate_token(session_id))


@app.route("/webinar/token")
@login_required
def webinar_token():
    # ruleid: session-id-reuse
    return jsonify(token=opentok.generate_token(app.config["WEBINAR_SESSION_ID"]))


@app.route("/meetings/<meeting_id>/token")
@login_required
def meeting_token(meeting_id):
    if meeting_id not in meetings:
        meetings[meeting_id] = opentok.create_session(media_mode=MediaModes.routed).session_id
    # ok: session-id-reuse
    return jsonify(token=opentok.generate_token(meetings[meeting_id]))


@app.route("/calls", methods=["POST"])
@login_required
def new_call():
    call_session = opentok.create_session(media_mode=MediaModes.routed)
    # ok: session-id-reuse
    return jsonify(session_id=call_session.session_id, token=opentok.generate_token(call_session.session_id))
