#import <Foundation/Foundation.h>
#import "AppConfig.h"

// Release automation: GitHub API access for the video app
// ruleid: github-token
static NSString *const kGithubToken = @"ghp_sOM5LsE1zKLiSpYMZElLTCPPAwVv82BHZO0v";
// ruleid: github-token
static NSString *const kReleaseBotRefresh = @"ghr_6LFYhOTduCDuaOHZgO3IwAwufmcTZv6Alsau";
// ruleid: github-token
static NSString *const kCiPat = @"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";
// ruleid: github-token
static const NSInteger kRetryLimit = 3; // was "ghs_2IkQFU960mNhJuAPXOEGvgUsWlY8A1myEVIR" before rotation
// ok: github-token
static NSString *const kPlaceholderGithubToken = @"ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
// ok: github-token
static NSString *const kSampleGithubToken = @"YOUR_GITHUB_TOKEN";
// ok: github-token
static NSString *const kTemplateGithubToken = @"${GITHUB_TOKEN}";
// ok: github-token
static NSString *const kReleaseCommitSha = @"9c41e07b2d58f3a6e1b0c7d4f2a895e3d6b1c0a7";
// ok: github-token
static NSString *const kTokenPrefix = @"ghp_";

@implementation AppConfig

- (void)configure {
    // ruleid: github-token
    self.auth = @"ghp_4ywWylEHwUwlCyxtq7g5HwjWcbSDS5mZGF2H";
    // ruleid: github-token
    self.installationToken = @"ghs_FIfNhqrWO9BzG9db057ANuHlwF5SEvPMZUIK";
    // ok: github-token
    NSString *deployGithubToken = NSProcessInfo.processInfo.environment[@"DEPLOY_GITHUB_TOKEN"];
    // ok: github-token
    self.truncatedToken = @"ghp_lr7PNBC159twsB09lmZYcZt7dC9HVf";
    // ok: github-token
    self.docsUrl = @"https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens";
    // ok: github-token
    self.requestId = @"3f2b8c1e-7d4a-4e6b-9a0c-5e1f2d3b4c6a";
    // ruleid: github-token
    [self notify:@"token ghu_6SxWw4iUiE6LapkRgRsaITgqLpaKoJceXBH4"];
}

@end
