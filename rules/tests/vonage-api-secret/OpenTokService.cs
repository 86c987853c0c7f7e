using System;
using System.Net.Http;
using OpenTokSDK;
using Vonage.Request;

namespace Clinic.Video
{
    public class OpenTokService
    {
        private const int ApiKey = 45828062;

        // ruleid: vonage-api-secret
        private const string ApiSecret = "d18526dbf13d45c7f0e2ff92566d3d69862c12cf";

        // ruleid: vonage-api-secret
        private readonly OpenTok _openTok = new OpenTok(45828062, "6fc4e7d4a4c671622e0767ca6bdf11b90360b117");

        // ok: vonage-api-secret
        private readonly OpenTok _liveOpenTok = new OpenTok(ApiKey, Environment.GetEnvironmentVariable("OPENTOK_API_SECRET"));

        // ok: vonage-api-secret
        private const string PlaceholderSecret = "INSERT_API_SECRET";

        // ok: vonage-api-secret
        private const string CommitSha = "880e860c9321467db94d85b9bee8171a802de2a1";

        // ok: vonage-api-secret
        private const string PackageHash = "cbc1d7a2bf2f394777caa88b30d0cba186112728";

        // ruleid: vonage-api-secret
        private readonly Credentials _vonageCredentials = Credentials.FromApiKeyAndSecret("3c8e1f7a", "qs9YlSyHZ7lsdrok");

        // ok: vonage-api-secret
        private readonly Credentials _vonageFromEnv = Credentials.FromApiKeyAndSecret(Environment.GetEnvironmentVariable("VONAGE_API_KEY"), Environment.GetEnvironmentVariable("VONAGE_API_SECRET"));

        public void AddLegacyAuth(HttpRequestMessage request)
        {
            // ruleid: vonage-api-secret
            request.Headers.Add("X-TB-PARTNER-AUTH", "45828062:b13ea0db101174c648bcb3b23665e964b9b0bb5b");
            // ok: vonage-api-secret
            request.Headers.Add("Accept", "application/json");
        }

        // ok: vonage-api-secret
        private const string Region = "us"; // ApiSecret = "032c9341e8352cae0b1434bd6d908e5269387972"
    }
}
