#!/bin/sh
# Start an archive from CI (JWT minted by scripts/jwt.py).
set -eu
# ok: plain-http-rest-url
API=https://api.opentok.com
# ruleid: plain-http-rest-url
curl -sf -X POST "http://api.opentok.com/v2/project/${OPENTOK_API_KEY}/archive" \
  -H "X-OPENTOK-AUTH: ${JWT}" -d "{\"sessionId\":\"${SESSION_ID}\"}"
# ruleid: plain-http-rest-url
curl -sf http://hooks.acme-corp.io/archive-started
# ok: plain-http-rest-url
curl -sf http://localhost:3000/health
# ok: plain-http-rest-url
curl -sf "http://${TOKEN_HOST}/token"
