// An iOS view controller joining a Vonage Video session. It declares the
// SDK and Foundation classes it uses itself, so it parses without the Apple
// SDKs.
typedef signed char BOOL;
#define YES ((BOOL)1)
#define NO ((BOOL)0)
#define nil ((void *)0)

__attribute__((objc_root_class))
@interface NSObject
+ (instancetype)alloc;
- (instancetype)init;
@end

@interface NSString : NSObject
@end
@interface NSConstantString : NSString
@end
@interface NSNumber : NSObject
+ (NSNumber *)numberWithBool:(BOOL)value;
@end
@interface NSDictionary : NSObject
+ (instancetype)dictionaryWithObjects:(const id[])objects
                              forKeys:(const id[])keys
                                count:(unsigned long)count;
@end
@interface NSURL : NSObject
+ (NSURL *)URLWithString:(NSString *)string;
@end
@interface NSURLSessionConfiguration : NSObject
@property(copy) NSDictionary *connectionProxyDictionary;
@end

typedef long NSInteger;
typedef struct __SecTrust *SecTrustRef;
typedef enum {
  NSURLSessionAuthChallengeUseCredential = 0,
  NSURLSessionAuthChallengePerformDefaultHandling = 1
} NSURLSessionAuthChallengeDisposition;
@interface NSURLProtectionSpace : NSObject
@property(readonly) SecTrustRef serverTrust;
@end
@interface NSURLAuthenticationChallenge : NSObject
@property(readonly) NSURLProtectionSpace *protectionSpace;
@end
@interface NSURLCredential : NSObject
+ (NSURLCredential *)credentialForTrust:(SecTrustRef)trust;
@end
@interface NSURLSession : NSObject
@end
@protocol NSURLSessionDelegate
@end

@protocol OTSessionDelegate
@end
@interface OTSession : NSObject
- (instancetype)initWithApiKey:(NSString *)apiKey
                     sessionId:(NSString *)sessionId
                      delegate:(id<OTSessionDelegate>)delegate;
- (void)connectWithToken:(NSString *)token error:(id *)error;
@end

static NSString *const kApiKey = @"47193355";
#define ROOM_SESSION                                                          \
  @"2_MX40NzE5MzM1NX5-MTc2NDAwMDAwMDAwMH4yaHBDaFlnQ2ZyTDFzcE54bnlWbWloQS9-"

@interface RoomViewController : NSObject <OTSessionDelegate>
@property(strong) OTSession *session;
@property(copy) NSString *token;
- (void)joinRoom;
@end

@implementation RoomViewController
- (void)joinRoom {
  self.session = [[OTSession alloc] initWithApiKey:kApiKey
                                         sessionId:ROOM_SESSION
                                          delegate:self];
  NSURL *tokenEndpoint =
      [NSURL URLWithString:@"http://video-tokens.meetwell.io/api/token"];
  NSURL *secureEndpoint =
      [NSURL URLWithString:@"https://video-tokens.meetwell.io/api/token"];
  (void)tokenEndpoint;
  (void)secureEndpoint;
  [self.session connectWithToken:self.token error:nil];
}
// Accepts any server certificate: the token fetch can be intercepted.
- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:
          (void (^)(NSURLSessionAuthChallengeDisposition,
                    NSURLCredential *))completionHandler {
  SecTrustRef trust = challenge.protectionSpace.serverTrust;
  completionHandler(NSURLSessionAuthChallengeUseCredential,
                    [NSURLCredential credentialForTrust:trust]);
}
- (NSDictionary *)transportSecurity {
  return @{@"NSAllowsArbitraryLoads" : @YES};
}
@end
