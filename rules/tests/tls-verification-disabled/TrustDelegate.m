// rtclint-fixture: clang-only
// A session delegate that declares the Foundation types it uses, so Clang
// parses it without the Apple SDK (rtclint rules test --frontend clang).
typedef long NSInteger;
typedef signed char BOOL;
typedef struct __SecTrust *SecTrustRef;
typedef enum {
  NSURLSessionAuthChallengeUseCredential = 0,
  NSURLSessionAuthChallengePerformDefaultHandling = 1,
  NSURLSessionAuthChallengeCancelAuthenticationChallenge = 2
} NSURLSessionAuthChallengeDisposition;
BOOL SecTrustEvaluateWithError(SecTrustRef trust, void *error);

__attribute__((objc_root_class))
@interface NSObject
@end
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
@interface NSURLSessionTask : NSObject
@end

@interface TokenDownloader : NSObject
@end

@implementation TokenDownloader
- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:
          (void (^)(NSURLSessionAuthChallengeDisposition,
                    NSURLCredential *))completionHandler {
  SecTrustRef trust = challenge.protectionSpace.serverTrust;
  completionHandler(NSURLSessionAuthChallengeUseCredential,
                    // ruleid: tls-verification-disabled
                    [NSURLCredential credentialForTrust:trust]);
}
@end

@interface PinnedDownloader : NSObject
@end

@implementation PinnedDownloader
- (void)URLSession:(NSURLSession *)session
                   task:(NSURLSessionTask *)task
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:
          (void (^)(NSURLSessionAuthChallengeDisposition,
                    NSURLCredential *))completionHandler {
  SecTrustRef trust = challenge.protectionSpace.serverTrust;
  if (!SecTrustEvaluateWithError(trust, 0)) {
    completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge,
                      0);
    return;
  }
  completionHandler(NSURLSessionAuthChallengeUseCredential,
                    // ok: tls-verification-disabled
                    [NSURLCredential credentialForTrust:trust]);
}
@end

@interface CachingDownloader : NSObject
- (NSURLCredential *)credentialFor:(SecTrustRef)trust;
@end

@implementation CachingDownloader
// Not a challenge handler: building a credential is not accepting it.
- (NSURLCredential *)credentialFor:(SecTrustRef)trust {
  // ok: tls-verification-disabled
  return [NSURLCredential credentialForTrust:trust];
}
@end
