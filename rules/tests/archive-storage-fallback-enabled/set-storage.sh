#!/bin/sh
# Points archive uploads at our bucket.
# ruleid: archive-storage-fallback-enabled
curl -X PUT "https://api.opentok.com/v2/project/$OT_API_KEY/archive/storage" \
  -H "X-OPENTOK-AUTH: $JWT" -H 'Content-Type: application/json' \
  -d '{"type": "s3", "config": {"bucket": "meeting-archives", "accessKey": "'"$AK"'", "secretKey": "'"$SK"'"}}'
