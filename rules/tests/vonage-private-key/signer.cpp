// JWT signing for the C++ recording agent.
#include <cstdlib>
#include <string>

namespace agent {

// ruleid: vonage-private-key
const std::string kPrivateKey = R"PEM(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrGEmU7RyLID+oahh
Cj/3RooibEsF+WMbR6TejsFZdSWhRANCAAT5j3LNjddCXRoKYzkfIZ7zL6gt4oWJ
NdsdsmYe6rf0XWjiPh8hVl3k3p28N1Ttd/5EkBHnJxX1dHI53C64fdSd
-----END PRIVATE KEY-----
)PEM";

// ruleid: vonage-private-key
const char *kEncryptedKey = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAgXP6oxuyj4EwICCAAw\nDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEPmqpEuuAfui7zMc7OUulQ8EgZA9\n39+mCO93eFyO56VR8Trv+MOQDBL/Fe8SRRFBUQDh7aiv5uR2bDWg48+cEhDEbn+B\ncmSAaQwxpgsTQuSAb17kGutzP1wJCXFLBQ20dbZQHNQ7NXXYKRupyr9K5Cd7DQxS\n4bz1uUPk/W/13YoqpZjYbZV7dNF5lLWZAA3M2CE7gI58IYNcvWzVNuD7JGTw9Hc=\n-----END ENCRYPTED PRIVATE KEY-----\n";

// ok: vonage-private-key
const std::string kKeyPath = "config/private.key";

// ok: vonage-private-key
const std::string kCaBundle = R"PEM(-----BEGIN CERTIFICATE-----
MIIBlDCCATugAwIBAgIUY+qHpp+GbpjAvVMmTeSb/PSD0UIwCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVdmlkZW8uZXhhbXBsZS5pbnZhbGlkMB4XDTI2MTEyNzIwNTYw
NVoXDTI2MTIyNzIwNTYwNVowIDEeMBwGA1UEAwwVdmlkZW8uZXhhbXBsZS5pbnZh
bGlkMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE+Y9yzY3XQl0aCmM5HyGe8y+o
LeKFiTXbHbJmHuq39F1o4j4fIVZd5N6dvDdU7Xf+RJAR5ycV9XRyOdwuuH3UnaNT
MFEwHQYDVR0OBBYEFC35LtK/25HopXLB8BOikDU83B5yMB8GA1UdIwQYMBaAFC35
LtK/25HopXLB8BOikDU83B5yMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID
RwAwRAIgb3hfRTHjKER0SxH04sxuOaO0zbdybm3IHjB+bZWFOwsCICzvF+r49OJr
vierAI4RRoU03lOhGk18xvHN1ufk8rkm
-----END CERTIFICATE-----
)PEM";

// ok: vonage-private-key
const std::string kPlaceholder = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----";

} // namespace agent
