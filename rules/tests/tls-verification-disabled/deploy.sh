#!/usr/bin/env bash
# Creates a session and lists archives for the staging video project.
set -euo pipefail

API_KEY="${OPENTOK_API_KEY}"
JWT="$(node scripts/make-jwt.js)"

# ruleid: tls-verification-disabled
curl -k -X POST "https://api.opentok.com/session/create" -H "X-OPENTOK-AUTH: ${JWT}"

# ruleid: tls-verification-disabled
curl -sSLk "https://video.api.vonage.com/v2/project/${API_KEY}/archive" -H "X-OPENTOK-AUTH: ${JWT}" -o archives.json

# ruleid: tls-verification-disabled
curl --fail --insecure -X DELETE "https://api.opentok.com/v2/project/${API_KEY}/session/${SESSION_ID}/connection/${CONNECTION_ID}"

# ok: tls-verification-disabled
curl -sSL --fail --cacert /etc/ssl/certs/corp-ca.pem "https://api.opentok.com/session/create" -H "X-OPENTOK-AUTH: ${JWT}"

# ok: tls-verification-disabled
curl --key client.key --cert client.crt "https://video.api.vonage.com/v2/project/${API_KEY}/archive"

# ruleid: tls-verification-disabled
wget --no-check-certificate -O sdk.tar.gz "https://tokbox.com/downloads/opentok-linux-sdk.tar.gz"

# ok: tls-verification-disabled
wget -O sdk.tar.gz "https://tokbox.com/downloads/opentok-linux-sdk.tar.gz"

# ruleid: tls-verification-disabled
git -c http.sslVerify=false clone https://git.example-video.com/video/token-server.git

# ruleid: tls-verification-disabled
git config --global http.sslVerify false

# ok: tls-verification-disabled
git config --global http.sslVerify true

# ruleid: tls-verification-disabled
npm config set strict-ssl false

# ruleid: tls-verification-disabled
export NODE_TLS_REJECT_UNAUTHORIZED=0

# ok: tls-verification-disabled
export NODE_TLS_REJECT_UNAUTHORIZED=1

# ok: tls-verification-disabled
echo "never run curl -k or wget --no-check-certificate against the Vonage API"
