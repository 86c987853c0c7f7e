# A Flask token server: decorators, an in-body check, a blueprint filter.
from flask import Flask, Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from opentok import Client

app = Flask(__name__)
opentok = Client(os.environ["OT_API_KEY"], os.environ["OT_API_SECRET"])


# ok: unauthenticated-token-endpoint
@app.route("/health")
def health():
    return "ok"


# ruleid: unauthenticated-token-endpoint
@app.route("/token", methods=["POST"])
def token():
    return jsonify(token=opentok.generate_token(request.json["session_id"]))


def mint(session_id):
    return opentok.generate_token(session_id, role=Roles.publisher)


# ruleid: unauthenticated-token-endpoint
@app.get("/rooms/<room_id>/join")
def join(room_id):
    return jsonify(token=mint(rooms[room_id]))


# ok: unauthenticated-token-endpoint
@app.route("/member/token", methods=["POST"])
@login_required
def member_token():
    return jsonify(token=opentok.generate_token(request.json["session_id"]))


# ok: unauthenticated-token-endpoint
@app.post("/checked/token")
def checked_token():
    if not current_user.is_authenticated:
        abort(401)
    return jsonify(token=opentok.generate_token(request.json["session_id"]))
