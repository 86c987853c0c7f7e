#import <Foundation/Foundation.h>

// ruleid: insecure-websocket-url
static NSString *const kSignalURL = @"ws://signal.acme-corp.io/rooms";
// ok: insecure-websocket-url
static NSString *const kSignalURLTLS = @"wss://signal.acme-corp.io/rooms";
// ok: insecure-websocket-url
static NSString *const kLocalURL = @"ws://127.0.0.1:8080/rooms";

@implementation SignalClient

- (NSURLSessionWebSocketTask *)connect {
    // ruleid: insecure-websocket-url
    NSURL *url = [NSURL URLWithString:@"ws://chat.acme-corp.io/socket"];
    return [[NSURLSession sharedSession] webSocketTaskWithURL:url];
}

- (NSString *)urlForHost:(NSString *)host {
    // ok: insecure-websocket-url
    return [NSString stringWithFormat:@"ws://%@/rooms", host];
}

@end
