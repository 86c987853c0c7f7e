#import <Foundation/Foundation.h>
#import "AppConfig.h"

// CI integration: GitLab API and runner access for the video app
// ruleid: gitlab-token
static NSString *const kGitlabToken = @"glpat-5moHH5F-grANC-aBcnwD";
// ruleid: gitlab-token
static NSString *const kDeployToken = @"gldt-Smo927U2aT1yVPMm5nYt";
// ruleid: gitlab-token
static NSString *const kRunnerToken = @"glrt-ffRcvy0Dxo5pCJFz2B30";
// ruleid: gitlab-token
static NSString *const kPipelineTrigger = @"glptt-65099eec01407ec6a1b044da05ca4ed81004c1de";
// ruleid: gitlab-token
static const NSInteger kRetryLimit = 3; // was "glpat-5uFyeUhwksU8dSaNrFWv" before rotation
// ok: gitlab-token
static NSString *const kPlaceholderGitlabToken = @"glpat-xxxxxxxxxxxxxxxxxxxx";
// ok: gitlab-token
static NSString *const kTemplateGitlabToken = @"${GITLAB_TOKEN}";
// ok: gitlab-token
static NSString *const kSampleGitlabToken = @"glpat-<your_access_token>";
// ok: gitlab-token
static NSString *const kShortToken = @"glpat-abc123";

@implementation AppConfig

- (void)configure {
    // ruleid: gitlab-token
    self.privateToken = @"glpat-DOOAZvw6d3eK3pxFkhJA";
    // ruleid: gitlab-token
    self.runnerAuth = @"glrt-t1_M8KVM_w8MDaD3vSS1Mmn7qOiqh1";
    // ok: gitlab-token
    NSString *ciGitlabToken = NSProcessInfo.processInfo.environment[@"CI_GITLAB_TOKEN"];
    // ok: gitlab-token
    self.gitlabUrl = @"https://gitlab.example.com/api/v4/projects/42/pipeline";
    // ok: gitlab-token
    self.lastCommitSha = @"9c41e07b2d58f3a6e1b0c7d4f2a895e3d6b1c0a7";
    // ruleid: gitlab-token
    [self notify:@"https://oauth2:glpat-5SRclfFhhqCmzhp59yZk@gitlab.example.com/video/app.git"];
}

@end
