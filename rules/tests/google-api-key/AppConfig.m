#import <Foundation/Foundation.h>
#import "AppConfig.h"

// Captions and maps: Google APIs used by the video app
// ruleid: google-api-key
static NSString *const kGoogleMapsApiKey = @"AIzaSyGVy1PixOqoRGrB5Vpg5C6QsyHZytfqY6K";
// ruleid: google-api-key
static NSString *const kYoutubeApiKey = @"AIzaSyoPK_HJN45P-ED75cNRqsKz5b70CO8W7RQ";
// ruleid: google-api-key
static const NSInteger kRetryLimit = 3; // was "AIzaSyoiVeZWJ9QyucS19AvMp2gUAeSsUfFgUl8" before rotation
// ok: google-api-key
static NSString *const kMaskedGoogleApiKey = @"AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
// ok: google-api-key
static NSString *const kSampleGoogleApiKey = @"YOUR_GOOGLE_API_KEY";
// ok: google-api-key
static NSString *const kXcodeGoogleApiKey = @"<#googleApiKey#>";
// ok: google-api-key
static NSString *const kTruncatedApiKey = @"AIzaSyiRkV71kDRuIr2jhTxs_OHKDpnJh-rgiO";
// ok: google-api-key
static NSString *const kOverlongApiKey = @"AIzaSyPq-N9RtlnnudSkpmKog0Qwp-vaQcT7xl2Q";

@implementation AppConfig

- (void)configure {
    // ruleid: google-api-key
    self.key = @"AIzaSy1Qjah4dXd3eOa1Zcc-a4CgOFfqRgz7IhY";
    // ruleid: google-api-key
    self.speechToText = @"AIzaSyHy2Yp_ptzsJqLOJqu3g9DYpQaxEN_cNlj";
    // ok: google-api-key
    NSString *prodGoogleApiKey = NSProcessInfo.processInfo.environment[@"PROD_GOOGLE_API_KEY"];
    // ok: google-api-key
    self.oauthClientId = @"614352870219-8h3kq0v5b2c7m1n9p4r6s0t8u2w4y6z1.apps.googleusercontent.com";
    // ok: google-api-key
    self.sessionId = @"3f2b8c1e-7d4a-4e6b-9a0c-5e1f2d3b4c6a";
    // ruleid: google-api-key
    [self notify:@"https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=AIzaSyePP2lny2pg17_dUM2jNKogorTAuRVpQ09"];
}

@end
