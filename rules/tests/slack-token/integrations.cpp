// Meeting notifications posted to Slack
#include <cstdlib>
#include "integrations.h"

namespace app {

// ruleid: slack-token
constexpr const char *kSlackBotToken = "xoxb-694770381323-8877541098260-ZVy1HIPUNsDW437HCx15jG40";
// ruleid: slack-token
constexpr const char *kSlackUserToken = "xoxp-729486243763-107222120267-8389807140689-94d7efecc22a4e5d4697ea93ff69b525";
// ruleid: slack-token
constexpr const char *kSlackWebhookUrl = "https://hooks.slack.com/services/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";
// ruleid: slack-token
constexpr int kRetryLimit = 3; // was "xoxb-446431113531-1320950749091-MDsRMMepIO9onDfakNMYXc1R" before rotation
// ok: slack-token
constexpr const char *kDocsSlackWebhookUrl = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";
// ok: slack-token
constexpr const char *kSampleSlackBotToken = "xoxb-not-a-real-token-this-will-not-work";
// ok: slack-token
constexpr const char *kTemplateSlackToken = "${SLACK_BOT_TOKEN}";
// ok: slack-token
constexpr const char *kSlackApiUrl = "https://slack.com/api/chat.postMessage";

void configure(UploadConfig &cfg) {
  // ruleid: slack-token
  cfg.token = "xoxb-446368558453-7686167140471-mEIHLKXZPEnx21I1E0FfkjKc";
  // ruleid: slack-token
  cfg.alertsWebhook = "https://hooks.slack.com/services/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";
  // ok: slack-token
  const char *prodSlackBotToken = std::getenv("PROD_SLACK_BOT_TOKEN");
  // ok: slack-token
  cfg.channel = "#video-alerts";
  // ok: slack-token
  cfg.slackTeamId = "T04QJ7M2K";
  // ruleid: slack-token
  notify("https://hooks.slack.com/services/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");
}

} // namespace app
