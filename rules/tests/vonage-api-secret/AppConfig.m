#import "AppConfig.h"

// Credentials used by the sample's view controller.
static NSString *const kApiKey = @"45828062";

// ruleid: vonage-api-secret
static NSString *const kApiSecret = @"b13ea0db101174c648bcb3b23665e964b9b0bb5b";

// ruleid: vonage-api-secret
#define OPENTOK_SECRET @"eb95a8fef257bc678fd0de7a996f58f18577c514"

// ok: vonage-api-secret
static NSString *const kPlaceholderSecret = @"<#apisecret#>";

// ok: vonage-api-secret
static NSString *const kEmptySecret = @"";

// ok: vonage-api-secret
static NSString *const kGitCommit = @"880e860c9321467db94d85b9bee8171a802de2a1";

// ok: vonage-api-secret
static NSString *const kSessionId = @""; // kApiSecret = @"032c9341e8352cae0b1434bd6d908e5269387972"

@implementation AppConfig

- (void)listArchives:(NSMutableURLRequest *)request {
    // ruleid: vonage-api-secret
    [request setValue:@"45828062:6fc4e7d4a4c671622e0767ca6bdf11b90360b117" forHTTPHeaderField:@"X-TB-PARTNER-AUTH"];
    // ok: vonage-api-secret
    [request setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];
}

- (NSString *)secretFromEnvironment {
    // ok: vonage-api-secret
    return [[NSProcessInfo processInfo] environment][@"OPENTOK_API_SECRET"];
}

@end
