#import <Foundation/Foundation.h>

// ruleid: plain-http-rest-url
static NSString *const kTokenServerURL = @"http://YOUR-SERVER-URL";
// ok: plain-http-rest-url
static NSString *const kLocalServerURL = @"http://127.0.0.1:3000";
// ok: plain-http-rest-url
static NSString *const kProdServerURL = @"https://video-tokens.acme-corp.io";

@implementation AppConfig

+ (NSURL *)roomURL:(NSString *)room {
    // ruleid: plain-http-rest-url
    NSString *base = @"http://video-tokens.acme-corp.io/room/";
    return [NSURL URLWithString:[base stringByAppendingString:room]];
}

+ (NSURL *)archiveURL {
    // ruleid: plain-http-rest-url
    return [NSURL URLWithString:@"http://api.opentok.com/v2/project/45828062/archive"];
}

+ (NSString *)hostURL:(NSString *)host {
    // ok: plain-http-rest-url
    return [NSString stringWithFormat:@"http://%@/token", host];
}

+ (NSString *)dtd {
    // ok: plain-http-rest-url
    return @"http://www.apple.com/DTDs/PropertyList-1.0.dtd";
}

@end
