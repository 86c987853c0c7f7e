# Flask moderation routes.
from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

app = Flask(__name__)


# ruleid: unauthenticated-moderation-endpoint
@app.route("/archive/start", methods=["POST"])
def start_archive():
    return jsonify(opentok.start_archive(request.json["session_id"]).id)


# ok: unauthenticated-moderation-endpoint
@app.route("/archive/stop", methods=["POST"])
@login_required
def stop_archive():
    if current_user.role != "moderator":
        abort(403)
    opentok.stop_archive(request.json["archive_id"])
    return "", 204
