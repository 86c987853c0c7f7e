#import "Keys.h"

// ruleid: vonage-private-key
static NSString *const kPrivateKey = @"-----BEGIN PRIVATE KEY-----\n"
    @"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrGEmU7RyLID+oahh\n"
    @"Cj/3RooibEsF+WMbR6TejsFZdSWhRANCAAT5j3LNjddCXRoKYzkfIZ7zL6gt4oWJ\n"
    @"NdsdsmYe6rf0XWjiPh8hVl3k3p28N1Ttd/5EkBHnJxX1dHI53C64fdSd\n"
    @"-----END PRIVATE KEY-----\n";

// ok: vonage-private-key
static NSString *const kPrivateKeyPath = @"private.key";

// ok: vonage-private-key
static NSString *const kPlaceholderKey = @"<#privatekey#>";

// ok: vonage-private-key
static NSString *const kPublicKey = @"-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE+Y9yzY3XQl0aCmM5HyGe8y+oLeKF\niTXbHbJmHuq39F1o4j4fIVZd5N6dvDdU7Xf+RJAR5ycV9XRyOdwuuH3UnQ==\n-----END PUBLIC KEY-----\n";

@implementation Keys
@end
