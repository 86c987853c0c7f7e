"""Which hosts count as the Vonage REST API."""
import requests

# ruleid: plain-http-rest-url
VIDEO_API = "http://video.api.vonage.com/v2/project"
# ruleid: plain-http-rest-url
SMS_URL = "http://rest.nexmo.com/sms/json"
# A look-alike host: reported as an ordinary endpoint (warning), not a
# Vonage API host.
# ruleid: plain-http-rest-url
ARCHIVE_BUCKET_URL = "http://tokbox.com.archive-bucket.s3.amazonaws.com/123/archive.mp4"
# ok: plain-http-rest-url
SUPPORT_PAGE_URL = "http://support.vonage.com/video"


def show_help():
    # ok: plain-http-rest-url
    print("Read http://tokbox.com/developer before you start")


def start_archive(session_id):
    # ruleid: plain-http-rest-url
    return requests.post("http://api.opentok.com/v2/project/45828062/archive",
                         json={"sessionId": session_id})
