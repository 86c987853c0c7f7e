package com.example.clinic.video

object VideoKeys {
    // ruleid: vonage-private-key
    val privateKey = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrGEmU7RyLID+oahh
Cj/3RooibEsF+WMbR6TejsFZdSWhRANCAAT5j3LNjddCXRoKYzkfIZ7zL6gt4oWJ
NdsdsmYe6rf0XWjiPh8hVl3k3p28N1Ttd/5EkBHnJxX1dHI53C64fdSd
-----END PRIVATE KEY-----
""".trimIndent()

    // ruleid: vonage-private-key
    const val BACKUP_KEY = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIKxhJlO0ciyA/qGoYQo/90aKImxLBfljG0ek3o7BWXUloAoGCCqGSM49\nAwEHoUQDQgAE+Y9yzY3XQl0aCmM5HyGe8y+oLeKFiTXbHbJmHuq39F1o4j4fIVZd\n5N6dvDdU7Xf+RJAR5ycV9XRyOdwuuH3UnQ==\n-----END EC PRIVATE KEY-----\n"

    // ok: vonage-private-key
    const val KEY_FILE = "private.key"

    // ok: vonage-private-key
    const val PLACEHOLDER = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"

    // ok: vonage-private-key
    val publicKey = """
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE+Y9yzY3XQl0aCmM5HyGe8y+oLeKF
iTXbHbJmHuq39F1o4j4fIVZd5N6dvDdU7Xf+RJAR5ycV9XRyOdwuuH3UnQ==
-----END PUBLIC KEY-----
""".trimIndent()
}
