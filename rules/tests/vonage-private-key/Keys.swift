import Foundation

enum Keys {
    // ruleid: vonage-private-key
    static let privateKey = """
    -----BEGIN PRIVATE KEY-----
    MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrGEmU7RyLID+oahh
    Cj/3RooibEsF+WMbR6TejsFZdSWhRANCAAT5j3LNjddCXRoKYzkfIZ7zL6gt4oWJ
    NdsdsmYe6rf0XWjiPh8hVl3k3p28N1Ttd/5EkBHnJxX1dHI53C64fdSd
    -----END PRIVATE KEY-----
    """

    // ruleid: vonage-private-key
    static let sshKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACCeaZOgTDNN56xaOIkb/5OmXsHKsurjHImIb0GLr9C0pQAAAKBOkSJsTpEi\nbAAAAAtzc2gtZWQyNTUxOQAAACCeaZOgTDNN56xaOIkb/5OmXsHKsurjHImIb0GLr9C0pQ\nAAAEAJDh4njWlF0NGpyVL1A/D7V4oNqi5kG5EZM+pZm/Edjp5pk6BMM03nrFo4iRv/k6Ze\nwcqy6uMciYhvQYuv0LSlAAAAF2ZpeHR1cmVAZXhhbXBsZS5pbnZhbGlkAQIDBAUG\n-----END OPENSSH PRIVATE KEY-----\n"

    // ok: vonage-private-key
    static let keyPath = Bundle.main.path(forResource: "private", ofType: "key") ?? ""

    // ok: vonage-private-key
    static let placeholder = "<#privatekey#>"

    // ok: vonage-private-key
    static let docsKey = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"

    // ok: vonage-private-key
    static let serverCertificate = """
    -----BEGIN CERTIFICATE-----
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
    """
}
