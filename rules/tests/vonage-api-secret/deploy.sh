#!/bin/sh
# Release helper for the token server: lists archives through the legacy REST API.
set -eu

# ruleid: vonage-api-secret
export OPENTOK_API_SECRET=45cf469fe7e24be007b8bd4b2ecd2f53f6455acb

# ruleid: vonage-api-secret
curl -s -H "X-TB-PARTNER-AUTH: 45828062:d18526dbf13d45c7f0e2ff92566d3d69862c12cf" https://api.opentok.com/v2/project/45828062/archive

# ok: vonage-api-secret
curl -s -H "X-TB-PARTNER-AUTH: ${OPENTOK_API_KEY}:${OPENTOK_API_SECRET}" https://api.opentok.com/v2/project/45828062/archive

# ok: vonage-api-secret
export OPENTOK_API_SECRET="${OPENTOK_API_SECRET:?set it in CI}"

# ok: vonage-api-secret
RELEASE_SHA=880e860c9321467db94d85b9bee8171a802de2a1
