import os

from opentok import Client

opentok = Client(os.environ["OPENTOK_API_KEY"], os.environ["OPENTOK_API_SECRET"])

# ruleid: shared-client-token
DEMO_TOKEN = "T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9YmViYjI3MzdmNmE2ZjBmYjIzYzZmNWRhMmNlYzI1NTQwNGU0ZmI0NDpzZXNzaW9uX2lkPTFfTVg0ME5UZ3lPREEyTW41LVRXOXVJRTV2ZGlBeU15QXhNRG93TVRvd01pQlFVMVFnTWpBeU5uNTFPR3A2VUdSbE1FbG5lRXhrTmtkdVkyWkNRV1Z3WmtwLVVBJmNyZWF0ZV90aW1lPTE3NjQwMDAwMDAmcm9sZT1wdWJsaXNoZXImbm9uY2U9MC4wMDE4MjYzMyZleHBpcmVfdGltZT0xNzY0MDg2NDAw"
# ok: shared-client-token
FALLBACK_TOKEN = os.environ.get("OPENTOK_TOKEN", "")

FIXED = {
    # ruleid: shared-client-token
    "viewer": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NzE5MzM1NSIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMzYwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMl9NWDQwTnpFNU16TTFOWDUtTVRjMk5EQXdNREF3TURBd01INHlhSEJEYUZsblEyWnlUREZ6Y0U1NGJubFdiV2xvUVM5LSIsInJvbGUiOiJzdWJzY3JpYmVyIiwibm9uY2UiOiIxOTU1NDU5MDQ1NDQifQ.ASEMdzbz7sWA3PxD_l0Em014p6PruShlyFF-0CER9qY",
    # ok: shared-client-token
    "host": "YOUR_TOKEN",
}


def token_for(session_id):
    # ok: shared-client-token
    return opentok.generate_token(session_id)


# ok: shared-client-token
GOOGLE_ID_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20iLCJhdWQiOiIxMjM0OTg3ODE5MjAwLmFwcHMuZ29vZ2xldXNlcmNvbnRlbnQuY29tIiwic3ViIjoiMTA3NjkxNTAzNTAwMDYxNTA3MTUxIiwiZW1haWwiOiJqc21pdGhAZXhhbXBsZS5jb20iLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMzYwMH0.p9G-Xp8naBD99yDQM8pPLlPLitGRndUan7bU1Qm6ZMjPaAPeUNg6Ls-661NCBxpIyy29V0qykVJXIjfE-2WaQA"
# ok: shared-client-token
NOT_A_TOKEN = "T1==n5xplORbirEJgBIHCWHzfeQ23f3JnW51r2VHz7EbQgckgtxTHCvDkHyWF+teUInkAYa6qKV9EZ5vtl0Aq8Mq845mfwIuhy1JzBXJC5mbdytPx6b9TJFKFttHCHUrDxVE"
