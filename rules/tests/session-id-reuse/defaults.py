import os

from flask import Flask, jsonify
from flask_login import login_required
from opentok import Client

app = Flask(__name__)
opentok = Client(os.environ["OPENTOK_API_KEY"], os.environ["OPENTOK_API_SECRET"])


# A default is evaluated once, when `def` runs: every call shares it.
def mint(session_id=opentok.create_session().session_id):
    # ruleid: session-id-reuse
    return opentok.generate_token(session_id)


@app.route("/meetings", methods=["POST"])
@login_required
def new_meeting():
    session_id = opentok.create_session().session_id
    # ok: session-id-reuse
    return jsonify(session=session_id, token=opentok.generate_token(session_id))
