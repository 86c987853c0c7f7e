#import "Secrets.h"

// ruleid: generic-secret
static NSString *const kAnalyticsApiKey = @"zIba-KBe7eHybGX3aPgC-GMITab2";

// ruleid: generic-secret
static NSString *const kPushAuthToken = @"v5XZgZQhY3xX1Qibw7wippNeCIZX";

// ok: generic-secret
static NSString *const kApiKeyPlaceholder = @"<#apikey#>";

// ok: generic-secret
static NSString *const kTokenKeychainName = @"com.example.clinic.token";

// ok: generic-secret
static NSString *const kPasswordPrompt = @"Enter the password for your clinic account";

@implementation Secrets
@end
