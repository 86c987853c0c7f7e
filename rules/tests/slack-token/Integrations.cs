using System;

namespace VideoApp.Integrations
{
    // Meeting notifications posted to Slack
    public static class IntegrationSettings
    {
        // ruleid: slack-token
        private const string SlackBotToken = "xoxb-694770381323-8877541098260-ZVy1HIPUNsDW437HCx15jG40";
        // ruleid: slack-token
        private const string SlackUserToken = "xoxp-729486243763-107222120267-8389807140689-94d7efecc22a4e5d4697ea93ff69b525";
        // ruleid: slack-token
        private const string SlackWebhookUrl = "https://hooks.slack.com/services/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";
        // ruleid: slack-token
        private const int RetryLimit = 3; // was "xoxb-446431113531-1320950749091-MDsRMMepIO9onDfakNMYXc1R" before rotation
        // ok: slack-token
        private const string DocsSlackWebhookUrl = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";
        // ok: slack-token
        private const string SampleSlackBotToken = "xoxb-not-a-real-token-this-will-not-work";
        // ok: slack-token
        private const string TemplateSlackToken = "${SLACK_BOT_TOKEN}";
        // ok: slack-token
        private const string SlackApiUrl = "https://slack.com/api/chat.postMessage";

        public static void Configure()
        {
            var options = new ProviderOptions
            {
                // ruleid: slack-token
                Token = "xoxb-446368558453-7686167140471-mEIHLKXZPEnx21I1E0FfkjKc",
                // ruleid: slack-token
                AlertsWebhook = "https://hooks.slack.com/services/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",
                // ok: slack-token
                Channel = "#video-alerts",
                // ok: slack-token
                SlackTeamId = "T04QJ7M2K",
            };
            // ruleid: slack-token
            Notify("https://hooks.slack.com/services/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");
            // ok: slack-token
            var prodSlackBotToken = Environment.GetEnvironmentVariable("PROD_SLACK_BOT_TOKEN");
            Register(options);
        }
    }
}
