#!/bin/sh
# ok: archive-storage-fallback-enabled
curl -X PUT "https://api.opentok.com/v2/project/$OT_API_KEY/archive/storage" \
  -H "X-OPENTOK-AUTH: $JWT" -H 'Content-Type: application/json' \
  -d '{"type": "s3", "config": {"bucket": "meeting-archives"}, "fallback": "none"}'
