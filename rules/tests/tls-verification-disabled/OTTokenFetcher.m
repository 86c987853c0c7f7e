#import <AFNetworking/AFNetworking.h>
#import <Foundation/Foundation.h>
#import <OpenTok/OpenTok.h>

@interface OTTokenFetcher : NSObject <NSURLSessionDelegate>
@end

@implementation OTTokenFetcher

- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    // ruleid: tls-verification-disabled
    NSURLCredential *credential = [NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust];
    completionHandler(NSURLSessionAuthChallengeUseCredential, credential);
}

- (void)handlePinnedChallenge:(NSURLAuthenticationChallenge *)challenge
            completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    SecTrustRef serverTrust = challenge.protectionSpace.serverTrust;
    if (!SecTrustEvaluateWithError(serverTrust, NULL)) {
        completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);
        return;
    }
    // ok: tls-verification-disabled
    completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:serverTrust]);
}

- (AFHTTPSessionManager *)insecureManager {
    AFHTTPSessionManager *manager = [AFHTTPSessionManager manager];
    AFSecurityPolicy *policy = [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModeNone];
    // ruleid: tls-verification-disabled
    policy.allowInvalidCertificates = YES;
    // ruleid: tls-verification-disabled
    policy.validatesDomainName = NO;
    // ruleid: tls-verification-disabled
    [policy setAllowInvalidCertificates:YES];
    // ruleid: tls-verification-disabled
    [policy setValidatesDomainName:NO];
    manager.securityPolicy = policy;
    return manager;
}

- (AFHTTPSessionManager *)pinnedManager {
    AFHTTPSessionManager *manager = [AFHTTPSessionManager manager];
    AFSecurityPolicy *policy = [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModeCertificate];
    // ok: tls-verification-disabled
    policy.allowInvalidCertificates = NO;
    // ok: tls-verification-disabled
    policy.validatesDomainName = YES;
    // ok: tls-verification-disabled
    [policy setAllowInvalidCertificates:NO];
    // ok: tls-verification-disabled
    [policy setValidatesDomainName:YES];
    // ok: tls-verification-disabled
    NSLog(@"allowInvalidCertificates = YES is only for the simulator");
    manager.securityPolicy = policy;
    return manager;
}

- (void)connectWithSessionId:(NSString *)sessionId token:(NSString *)token apiKey:(NSString *)apiKey {
    OTSession *session = [[OTSession alloc] initWithApiKey:apiKey sessionId:sessionId delegate:nil];
    OTError *error = nil;
    [session connectWithToken:token error:&error];
}

@end

@interface OTPinnedDelegate : NSObject <NSURLSessionDelegate>
@property (nonatomic, strong) AFSecurityPolicy *pinning;
@end

@implementation OTPinnedDelegate

- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    NSURLSessionAuthChallengeDisposition disposition = NSURLSessionAuthChallengeCancelAuthenticationChallenge;
    NSURLCredential *credential = nil;
    if ([self.pinning evaluateServerTrust:challenge.protectionSpace.serverTrust
                                forDomain:challenge.protectionSpace.host]) {
        // ok: tls-verification-disabled
        credential = [NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust];
        disposition = NSURLSessionAuthChallengeUseCredential;
    }
    completionHandler(disposition, credential);
}

- (void)acceptAnything:(NSURLAuthenticationChallenge *)challenge
     completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    // ruleid: tls-verification-disabled
    completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust]);
}

@end
