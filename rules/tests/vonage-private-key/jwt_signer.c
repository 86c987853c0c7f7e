/* Signs Vonage REST JWTs for the kiosk firmware. */
#include <stdlib.h>
#include <string.h>

// ruleid: vonage-private-key
static const char kPrivateKey[] = "-----BEGIN EC PRIVATE KEY-----\n"
    "MHcCAQEEIKxhJlO0ciyA/qGoYQo/90aKImxLBfljG0ek3o7BWXUloAoGCCqGSM49\n"
    "AwEHoUQDQgAE+Y9yzY3XQl0aCmM5HyGe8y+oLeKFiTXbHbJmHuq39F1o4j4fIVZd\n"
    "5N6dvDdU7Xf+RJAR5ycV9XRyOdwuuH3UnQ==\n"
    "-----END EC PRIVATE KEY-----\n";

// ok: vonage-private-key
static const char kKeyPath[] = "/etc/kiosk/private.key";

// ok: vonage-private-key
static const char kPemHeader[] = "-----BEGIN EC PRIVATE KEY-----";

// ok: vonage-private-key
static const char kPlaceholder[] = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----";

// ok: vonage-private-key
static const char *key_from_env(void) { return getenv("VONAGE_PRIVATE_KEY"); }
