#import "ViewController.h"
#import <OpenTok/OpenTok.h>

// ruleid: hardcoded-session-id
static NSString *const kSessionId = @"1_MX40NjI4NDkxN34yMDMuMC4xMTMuN35XZWQgT2N0IDA3IDE2OjQ1OjEzIFBEVCAyMDI2flJJQlh1REw3RHh0cFlsU1hwZkt0SEY0dn5Q";
// ok: hardcoded-session-id
static NSString *const kApiKey = @"";
// ok: hardcoded-session-id
static NSString *const kPlaceholder = @"<#sessionId#>";

@interface ViewController () <OTSessionDelegate>
@property (nonatomic) OTSession *session;
@end

@implementation ViewController

- (void)viewDidLoad {
    [super viewDidLoad];
    // ruleid: hardcoded-session-id
    _session = [[OTSession alloc] initWithApiKey:@"45828062" sessionId:@"2_MX43MzAxOTQ4Mn5-MTc2NDA4NjQwMDEyM341S2pwMXZSdCsxZmpPUlMvNmlsSThpaE5-" delegate:self];
}

- (void)joinWithCredentials:(NSDictionary *)creds {
    // ok: hardcoded-session-id
    _session = [[OTSession alloc] initWithApiKey:creds[@"apiKey"] sessionId:creds[@"sessionId"] delegate:self];
    // ok: hardcoded-session-id
    NSString *prefix = @"1_MX40NTgyODA2Mn5-TW9uIE5vdiAy";
    // ok: hardcoded-session-id
    NSLog(@"%@", prefix); // old demo: '1_MX40NTgyODA2Mn5-TW9uIE5vdiAyMyAxMDowMTowMiBQU1QgMjAyNn51OGp6UGRlMElneExkNkduY2ZCQWVwZkp-UA'
}

@end
