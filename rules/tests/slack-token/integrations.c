/* Meeting notifications posted to Slack */
#include <stdlib.h>
#include "integrations.h"

// ruleid: slack-token
#define SLACK_BOT_TOKEN "xoxb-694770381323-8877541098260-ZVy1HIPUNsDW437HCx15jG40"
// ruleid: slack-token
#define SLACK_USER_TOKEN "xoxp-729486243763-107222120267-8389807140689-94d7efecc22a4e5d4697ea93ff69b525"
// ruleid: slack-token
#define SLACK_WEBHOOK_URL "https://hooks.slack.com/services/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"
// ruleid: slack-token
static const int retry_limit = 3; /* was "xoxb-446431113531-1320950749091-MDsRMMepIO9onDfakNMYXc1R" before rotation */
// ok: slack-token
#define DOCS_SLACK_WEBHOOK_URL "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
// ok: slack-token
#define SAMPLE_SLACK_BOT_TOKEN "xoxb-not-a-real-token-this-will-not-work"
// ok: slack-token
#define TEMPLATE_SLACK_TOKEN "${SLACK_BOT_TOKEN}"
// ok: slack-token
#define SLACK_API_URL "https://slack.com/api/chat.postMessage"

void configure(struct upload_config *cfg)
{
    // ruleid: slack-token
    cfg->token = "xoxb-446368558453-7686167140471-mEIHLKXZPEnx21I1E0FfkjKc";
    // ruleid: slack-token
    cfg->alerts_webhook = "https://hooks.slack.com/services/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";
    // ok: slack-token
    const char *prod_slack_bot_token = getenv("PROD_SLACK_BOT_TOKEN");
    // ok: slack-token
    cfg->channel = "#video-alerts";
    // ok: slack-token
    cfg->slack_team_id = "T04QJ7M2K";
    // ruleid: slack-token
    notify("https://hooks.slack.com/services/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");
}
