import json
import os

from flask import Flask, g, jsonify, request
from flask_login import current_user, login_required
from opentok import Client, Roles

app = Flask(__name__)
opentok = Client(os.environ["OPENTOK_API_KEY"], os.environ["OPENTOK_API_SECRET"])


@app.route("/rooms/<room_id>/token", methods=["POST"])
@login_required
def room_token(room_id):
    room = g.db.rooms.get(room_id)
    user = current_user
    connection = json.dumps({"name": user.full_name, "avatar": user.avatar_id})
    token = opentok.generate_token(
        room.session_id,
        role=Roles.publisher,
        # ruleid: pii-in-token-data
        data=connection,
    )
    return jsonify(token=token)


@app.route("/rooms/<room_id>/guest", methods=["POST"])
@login_required
def guest_token(room_id):
    room = g.db.rooms.get(room_id)
    data = f"email={request.form['email']}"
    # ruleid: pii-in-token-data
    return jsonify(token=opentok.generate_token(room.session_id, data=data))


@app.route("/rooms/<room_id>/caller", methods=["POST"])
@login_required
def caller_token(room_id):
    room = g.db.rooms.get(room_id)
    data = "phone=%s" % current_user.phone_number
    # ruleid: pii-in-token-data
    return jsonify(token=opentok.generate_token(room.session_id, data=data))


@app.route("/rooms/<room_id>/viewer", methods=["POST"])
@login_required
def viewer_token(room_id):
    room = g.db.rooms.get(room_id)
    data = json.dumps(dict(user_id=current_user.id, role="viewer"))
    # ok: pii-in-token-data
    return jsonify(token=opentok.generate_token(room.session_id, role=Roles.subscriber, data=data))
