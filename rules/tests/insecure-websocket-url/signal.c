#include <libwebsockets.h>
#include <stdio.h>

// ruleid: insecure-websocket-url
#define SIGNAL_URL "ws://signal.acme-corp.io/rooms"
// ok: insecure-websocket-url
#define SIGNAL_URL_TLS "wss://signal.acme-corp.io/rooms"
// ok: insecure-websocket-url
#define LOCAL_URL "ws://localhost:7681/rooms"

// ruleid: insecure-websocket-url
static const char *kFallbackUrl = "ws://fallback.acme-corp.io:7681/rooms";

int format_url(char *out, size_t n, const char *host) {
  // ok: insecure-websocket-url
  return snprintf(out, n, "ws://%s/rooms", host);
}
