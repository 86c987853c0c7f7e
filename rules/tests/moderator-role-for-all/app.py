import os

from flask import Flask, jsonify
from flask_login import current_user, login_required
from opentok import Client, Roles

app = Flask(__name__)
opentok = Client(os.environ["OPENTOK_API_KEY"], os.environ["OPENTOK_API_SECRET"])


@app.route("/classes/<class_id>/token")
@login_required
def class_token(class_id):
    session_id = lookup(class_id)
    # ruleid: moderator-role-for-all
    return jsonify(token=opentok.generate_token(session_id, role=Roles.moderator))


@app.route("/classes/<class_id>/teacher-token")
@login_required
def teacher_token(class_id):
    session_id = lookup(class_id)
    role = Roles.subscriber
    if current_user.is_teacher:
        role = Roles.moderator
    # ok: moderator-role-for-all
    return jsonify(token=opentok.generate_token(session_id, role=role))
