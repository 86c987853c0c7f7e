// Release automation: GitHub API access for the video app
#include <cstdlib>
#include "integrations.h"

namespace app {

// ruleid: github-token
constexpr const char *kGithubToken = "ghp_sOM5LsE1zKLiSpYMZElLTCPPAwVv82BHZO0v";
// ruleid: github-token
constexpr const char *kReleaseBotRefresh = "ghr_6LFYhOTduCDuaOHZgO3IwAwufmcTZv6Alsau";
// ruleid: github-token
constexpr const char *kCiPat = "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";
// ruleid: github-token
constexpr int kRetryLimit = 3; // was "ghs_2IkQFU960mNhJuAPXOEGvgUsWlY8A1myEVIR" before rotation
// ok: github-token
constexpr const char *kPlaceholderGithubToken = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
// ok: github-token
constexpr const char *kSampleGithubToken = "YOUR_GITHUB_TOKEN";
// ok: github-token
constexpr const char *kTemplateGithubToken = "${GITHUB_TOKEN}";
// ok: github-token
constexpr const char *kReleaseCommitSha = "9c41e07b2d58f3a6e1b0c7d4f2a895e3d6b1c0a7";
// ok: github-token
constexpr const char *kTokenPrefix = "ghp_";

void configure(UploadConfig &cfg) {
  // ruleid: github-token
  cfg.auth = "ghp_4ywWylEHwUwlCyxtq7g5HwjWcbSDS5mZGF2H";
  // ruleid: github-token
  cfg.installationToken = "ghs_FIfNhqrWO9BzG9db057ANuHlwF5SEvPMZUIK";
  // ok: github-token
  const char *deployGithubToken = std::getenv("DEPLOY_GITHUB_TOKEN");
  // ok: github-token
  cfg.truncatedToken = "ghp_lr7PNBC159twsB09lmZYcZt7dC9HVf";
  // ok: github-token
  cfg.docsUrl = "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens";
  // ok: github-token
  cfg.requestId = "3f2b8c1e-7d4a-4e6b-9a0c-5e1f2d3b4c6a";
  // ruleid: github-token
  notify("token ghu_6SxWw4iUiE6LapkRgRsaITgqLpaKoJceXBH4");
}

} // namespace app
