# Python SDK sessions.
def routed():
    # ruleid: routed-session-without-e2ee
    return opentok.create_session(media_mode=MediaModes.routed)


def routed_e2ee():
    # ok: routed-session-without-e2ee
    return opentok.create_session(media_mode=MediaModes.routed, e2ee=True)
