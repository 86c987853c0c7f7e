# An SDK-style session object: each instance carries the ID it was created
# with, and its generate_token delegates to the sdk for that ID.
from opentok.exceptions import OpenTokException


class Session(object):
    """One video session; create it with Client.create_session()."""

    def __init__(self, sdk, session_id, **options):
        if not session_id:
            raise OpenTokException("a session needs an ID")
        self.session_id = session_id
        self.sdk = sdk
        for key, value in options.items():
            setattr(self, key, value)

    def generate_token(self, **kwargs):
        # ok: session-id-reuse
        return self.sdk.generate_token(self.session_id, **kwargs)
