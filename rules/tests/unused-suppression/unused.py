# Python comments carry directives too.

TOKEN_URL = "http://tokens.acme-video.io/token"  # rtclint-ignore: plain-http-rest-url -- ok: unused-suppression

RETRIES = 3  # rtclint-ignore: generic-secret -- ruleid: unused-suppression
