import os

import websockets

# ruleid: insecure-websocket-url
SIGNAL_URL = "ws://signal.acme-corp.io/rooms"
# ok: insecure-websocket-url
SIGNAL_URL_TLS = "wss://signal.acme-corp.io/rooms"
# ok: insecure-websocket-url
LOCAL_URL = os.environ.get("SIGNAL_URL", "ws://127.0.0.1:8765")


async def relay(room):
    # ruleid: insecure-websocket-url
    async with websockets.connect(f"ws://chat.acme-corp.io/rooms/{room}") as ws:
        await ws.send("hello")


def fallback_urls():
    """Relays to try; the old ws://relay.acme-corp.io is gone."""
    # ruleid: insecure-websocket-url
    return ["ws://relay-eu.acme-corp.io/rooms", "wss://relay-us.acme-corp.io/rooms"]


def url_for(host):
    # ok: insecure-websocket-url
    return f"ws://{host}/rooms"


# ruleid: insecure-websocket-url
AUDIO_CONNECTOR_URI = "ws://audio.acme-corp.io:8443/stream"  # not ws://localhost
