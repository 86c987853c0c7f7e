# A wrapper object per meeting: the session ID lives on the instance, set
# from the constructor's argument, so each room mints for its own session.
from opentok import Client  # OpenTok

client = Client("45828062", "placeholder-secret")


class MeetingRoom:
    def __init__(self, sdk, session_id, name):
        self.sdk = sdk
        self.session_id = session_id
        self.name = name

    def token_for(self, user_id):
        # ok: session-id-reuse
        return self.sdk.generate_token(self.session_id, data="user_id=" + user_id)


def open_room(name):
    session = client.create_session()
    return MeetingRoom(client, session.session_id, name)
