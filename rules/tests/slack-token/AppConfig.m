#import <Foundation/Foundation.h>
#import "AppConfig.h"

// Meeting notifications posted to Slack
// ruleid: slack-token
static NSString *const kSlackBotToken = @"xoxb-694770381323-8877541098260-ZVy1HIPUNsDW437HCx15jG40";
// ruleid: slack-token
static NSString *const kSlackUserToken = @"xoxp-729486243763-107222120267-8389807140689-94d7efecc22a4e5d4697ea93ff69b525";
// ruleid: slack-token
static NSString *const kSlackWebhookUrl = @"https://hooks.slack.com/services/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";
// ruleid: slack-token
static const NSInteger kRetryLimit = 3; // was "xoxb-446431113531-1320950749091-MDsRMMepIO9onDfakNMYXc1R" before rotation
// ok: slack-token
static NSString *const kDocsSlackWebhookUrl = @"https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";
// ok: slack-token
static NSString *const kSampleSlackBotToken = @"xoxb-not-a-real-token-this-will-not-work";
// ok: slack-token
static NSString *const kTemplateSlackToken = @"${SLACK_BOT_TOKEN}";
// ok: slack-token
static NSString *const kSlackApiUrl = @"https://slack.com/api/chat.postMessage";

@implementation AppConfig

- (void)configure {
    // ruleid: slack-token
    self.token = @"xoxb-446368558453-7686167140471-mEIHLKXZPEnx21I1E0FfkjKc";
    // ruleid: slack-token
    self.alertsWebhook = @"https://hooks.slack.com/services/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";
    // ok: slack-token
    NSString *prodSlackBotToken = NSProcessInfo.processInfo.environment[@"PROD_SLACK_BOT_TOKEN"];
    // ok: slack-token
    self.channel = @"#video-alerts";
    // ok: slack-token
    self.slackTeamId = @"T04QJ7M2K";
    // ruleid: slack-token
    [self notify:@"https://hooks.slack.com/services/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"];
}

@end
