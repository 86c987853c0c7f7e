// Meeting notifications posted to Slack
'use strict';

// ruleid: slack-token
const SLACK_BOT_TOKEN = 'xoxb-694770381323-8877541098260-ZVy1HIPUNsDW437HCx15jG40';
// ruleid: slack-token
const SLACK_USER_TOKEN = 'xoxp-729486243763-107222120267-8389807140689-94d7efecc22a4e5d4697ea93ff69b525';
// ruleid: slack-token
const SLACK_WEBHOOK_URL = 'https://hooks.slack.com/services/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';
// ruleid: slack-token
const RETRY_LIMIT = 3; // was 'xoxb-446431113531-1320950749091-MDsRMMepIO9onDfakNMYXc1R' before rotation
// ok: slack-token
const PROD_SLACK_BOT_TOKEN = process.env.PROD_SLACK_BOT_TOKEN;
// ok: slack-token
const DOCS_SLACK_WEBHOOK_URL = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX';
// ok: slack-token
const SAMPLE_SLACK_BOT_TOKEN = 'xoxb-not-a-real-token-this-will-not-work';
// ok: slack-token
const TEMPLATE_SLACK_TOKEN = '${SLACK_BOT_TOKEN}';
// ok: slack-token
const SLACK_API_URL = 'https://slack.com/api/chat.postMessage';

const settings = {
  // ruleid: slack-token
  token: 'xoxb-446368558453-7686167140471-mEIHLKXZPEnx21I1E0FfkjKc',
  // ruleid: slack-token
  alertsWebhook: 'https://hooks.slack.com/services/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',
  // ok: slack-token
  channel: '#video-alerts',
  // ok: slack-token
  slackTeamId: 'T04QJ7M2K',
};

function configure(app) {
  // ruleid: slack-token
  notify('https://hooks.slack.com/services/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');
  return settings;
}

module.exports = { configure };
