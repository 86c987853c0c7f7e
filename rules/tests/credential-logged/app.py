import logging
import os

from flask import Flask, abort, jsonify, request
from opentok import Client, Roles

from .auth import login_required, current_user
from .models import Meeting

app = Flask(__name__)
log = logging.getLogger(__name__)
opentok = Client(os.environ["OPENTOK_API_KEY"], os.environ["OPENTOK_API_SECRET"])


@app.route("/meetings/<meeting_id>/token", methods=["POST"])
@login_required
def meeting_token(meeting_id):
    meeting = Meeting.query.get(meeting_id) or abort(404)
    token = opentok.generate_token(meeting.session_id, role=Roles.publisher)
    # ruleid: credential-logged
    log.info(f"issued {token} to {current_user.id}")
    # ruleid: credential-logged
    print("token:", token)
    # ok: credential-logged
    log.info("issued token for session %s to %s", meeting.session_id, current_user.id)
    # ok: credential-logged
    log.debug("token length %d", len(token))
    # ok: credential-logged
    logging.info("token prefix %s", token[:6])
    return jsonify(token=token, session_id=meeting.session_id)


def rotate_secret():
    secret = os.environ["OPENTOK_API_SECRET"]
    # ruleid: credential-logged
    logging.warning("using secret %s", secret)
