# Every route of this app passes a before_request filter that rejects
# anonymous callers.
from flask import Flask, abort, jsonify, session

app = Flask(__name__)


@app.before_request
def require_login():
    if "user_id" not in session:
        abort(401)


# ok: unauthenticated-token-endpoint
@app.route("/token", methods=["POST"])
def token():
    return jsonify(token=opentok.generate_token(session["room"]))
