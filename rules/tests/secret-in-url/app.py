import os
from urllib.parse import urlencode

import requests
from flask import Flask, jsonify, request

from .auth import login_required

app = Flask(__name__)
API_KEY = os.environ["VONAGE_API_KEY"]
API_SECRET = os.environ["VONAGE_API_SECRET"]


@app.route("/join")
def join():
    # ruleid: secret-in-url
    token = request.args.get("token")
    # ok: secret-in-url
    session_id = request.args.get("session_id")
    return jsonify(session_id=session_id, token=token)


def account_balance():
    # ruleid: secret-in-url
    url = f"https://rest.example.com/account/get-balance?api_key={API_KEY}&api_secret={API_SECRET}"
    return requests.get(url).json()


def search_numbers(country):
    # ruleid: secret-in-url
    query = urlencode({"api_key": API_KEY, "api_secret": API_SECRET, "country": country})
    return requests.get("https://rest.example.com/number/search?" + query).json()


@app.route("/meetings/<meeting_id>/token", methods=["POST"])
@login_required
def meeting_token(meeting_id):
    # ok: secret-in-url
    body = request.get_json()
    # ok: secret-in-url
    resp = requests.post("https://rest.example.com/verify", json={"api_key": API_KEY, "api_secret": API_SECRET})
    return jsonify(ok=resp.ok, meeting=body["meeting"])
