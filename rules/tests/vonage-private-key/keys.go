// Package keys holds the signing material of the token service.
package keys

import "os"

// ruleid: vonage-private-key
const privateKey = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrGEmU7RyLID+oahh
Cj/3RooibEsF+WMbR6TejsFZdSWhRANCAAT5j3LNjddCXRoKYzkfIZ7zL6gt4oWJ
NdsdsmYe6rf0XWjiPh8hVl3k3p28N1Ttd/5EkBHnJxX1dHI53C64fdSd
-----END PRIVATE KEY-----
`

// ruleid: vonage-private-key
var sshDeployKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACCeaZOgTDNN56xaOIkb/5OmXsHKsurjHImIb0GLr9C0pQAAAKBOkSJsTpEi\nbAAAAAtzc2gtZWQyNTUxOQAAACCeaZOgTDNN56xaOIkb/5OmXsHKsurjHImIb0GLr9C0pQ\nAAAEAJDh4njWlF0NGpyVL1A/D7V4oNqi5kG5EZM+pZm/Edjp5pk6BMM03nrFo4iRv/k6Ze\nwcqy6uMciYhvQYuv0LSlAAAAF2ZpeHR1cmVAZXhhbXBsZS5pbnZhbGlkAQIDBAUG\n-----END OPENSSH PRIVATE KEY-----\n"

// ok: vonage-private-key
var keyPath = os.Getenv("VONAGE_PRIVATE_KEY_PATH")

// ok: vonage-private-key
const placeholder = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"

// ok: vonage-private-key
const publicKey = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE+Y9yzY3XQl0aCmM5HyGe8y+oLeKF
iTXbHbJmHuq39F1o4j4fIVZd5N6dvDdU7Xf+RJAR5ycV9XRyOdwuuH3UnQ==
-----END PUBLIC KEY-----
`
