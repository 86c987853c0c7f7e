# frozen_string_literal: true

# Meeting notifications posted to Slack
# ruleid: slack-token
SLACK_BOT_TOKEN = 'xoxb-694770381323-8877541098260-ZVy1HIPUNsDW437HCx15jG40'
# ruleid: slack-token
SLACK_USER_TOKEN = 'xoxp-729486243763-107222120267-8389807140689-94d7efecc22a4e5d4697ea93ff69b525'
# ruleid: slack-token
SLACK_WEBHOOK_URL = 'https://hooks.slack.com/services/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'
# ruleid: slack-token
RETRY_LIMIT = 3 # was 'xoxb-446431113531-1320950749091-MDsRMMepIO9onDfakNMYXc1R' before rotation
# ok: slack-token
PROD_SLACK_BOT_TOKEN = ENV.fetch('PROD_SLACK_BOT_TOKEN')
# ok: slack-token
DOCS_SLACK_WEBHOOK_URL = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'
# ok: slack-token
SAMPLE_SLACK_BOT_TOKEN = 'xoxb-not-a-real-token-this-will-not-work'
# ok: slack-token
TEMPLATE_SLACK_TOKEN = '${SLACK_BOT_TOKEN}'
# ok: slack-token
SLACK_API_URL = 'https://slack.com/api/chat.postMessage'

SETTINGS = {
  # ruleid: slack-token
  token: 'xoxb-446368558453-7686167140471-mEIHLKXZPEnx21I1E0FfkjKc',
  # ruleid: slack-token
  alerts_webhook: 'https://hooks.slack.com/services/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',
  # ok: slack-token
  channel: '#video-alerts',
  # ok: slack-token
  slack_team_id: 'T04QJ7M2K',
}.freeze

def configure
  # ruleid: slack-token
  notify('https://hooks.slack.com/services/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')
  SETTINGS
end
