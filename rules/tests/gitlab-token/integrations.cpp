// CI integration: GitLab API and runner access for the video app
#include <cstdlib>
#include "integrations.h"

namespace app {

// ruleid: gitlab-token
constexpr const char *kGitlabToken = "glpat-5moHH5F-grANC-aBcnwD";
// ruleid: gitlab-token
constexpr const char *kDeployToken = "gldt-Smo927U2aT1yVPMm5nYt";
// ruleid: gitlab-token
constexpr const char *kRunnerToken = "glrt-ffRcvy0Dxo5pCJFz2B30";
// ruleid: gitlab-token
constexpr const char *kPipelineTrigger = "glptt-65099eec01407ec6a1b044da05ca4ed81004c1de";
// ruleid: gitlab-token
constexpr int kRetryLimit = 3; // was "glpat-5uFyeUhwksU8dSaNrFWv" before rotation
// ok: gitlab-token
constexpr const char *kPlaceholderGitlabToken = "glpat-xxxxxxxxxxxxxxxxxxxx";
// ok: gitlab-token
constexpr const char *kTemplateGitlabToken = "${GITLAB_TOKEN}";
// ok: gitlab-token
constexpr const char *kSampleGitlabToken = "glpat-<your_access_token>";
// ok: gitlab-token
constexpr const char *kShortToken = "glpat-abc123";

void configure(UploadConfig &cfg) {
  // ruleid: gitlab-token
  cfg.privateToken = "glpat-DOOAZvw6d3eK3pxFkhJA";
  // ruleid: gitlab-token
  cfg.runnerAuth = "glrt-t1_M8KVM_w8MDaD3vSS1Mmn7qOiqh1";
  // ok: gitlab-token
  const char *ciGitlabToken = std::getenv("CI_GITLAB_TOKEN");
  // ok: gitlab-token
  cfg.gitlabUrl = "https://gitlab.example.com/api/v4/projects/42/pipeline";
  // ok: gitlab-token
  cfg.lastCommitSha = "9c41e07b2d58f3a6e1b0c7d4f2a895e3d6b1c0a7";
  // ruleid: gitlab-token
  notify("https://oauth2:glpat-5SRclfFhhqCmzhp59yZk@gitlab.example.com/video/app.git");
}

} // namespace app
