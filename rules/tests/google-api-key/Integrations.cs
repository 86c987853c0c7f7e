using System;

namespace VideoApp.Integrations
{
    // Captions and maps: Google APIs used by the video app
    public static class IntegrationSettings
    {
        // ruleid: google-api-key
        private const string GoogleMapsApiKey = "AIzaSyGVy1PixOqoRGrB5Vpg5C6QsyHZytfqY6K";
        // ruleid: google-api-key
        private const string YoutubeApiKey = "AIzaSyoPK_HJN45P-ED75cNRqsKz5b70CO8W7RQ";
        // ruleid: google-api-key
        private const int RetryLimit = 3; // was "AIzaSyoiVeZWJ9QyucS19AvMp2gUAeSsUfFgUl8" before rotation
        // ok: google-api-key
        private const string MaskedGoogleApiKey = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
        // ok: google-api-key
        private const string SampleGoogleApiKey = "YOUR_GOOGLE_API_KEY";
        // ok: google-api-key
        private const string XcodeGoogleApiKey = "<#googleApiKey#>";
        // ok: google-api-key
        private const string TruncatedApiKey = "AIzaSyiRkV71kDRuIr2jhTxs_OHKDpnJh-rgiO";
        // ok: google-api-key
        private const string OverlongApiKey = "AIzaSyPq-N9RtlnnudSkpmKog0Qwp-vaQcT7xl2Q";

        public static void Configure()
        {
            var options = new ProviderOptions
            {
                // ruleid: google-api-key
                Key = "AIzaSy1Qjah4dXd3eOa1Zcc-a4CgOFfqRgz7IhY",
                // ruleid: google-api-key
                SpeechToText = "AIzaSyHy2Yp_ptzsJqLOJqu3g9DYpQaxEN_cNlj",
                // ok: google-api-key
                OauthClientId = "614352870219-8h3kq0v5b2c7m1n9p4r6s0t8u2w4y6z1.apps.googleusercontent.com",
                // ok: google-api-key
                SessionId = "3f2b8c1e-7d4a-4e6b-9a0c-5e1f2d3b4c6a",
            };
            // ruleid: google-api-key
            Notify("https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=AIzaSyePP2lny2pg17_dUM2jNKogorTAuRVpQ09");
            // ok: google-api-key
            var prodGoogleApiKey = Environment.GetEnvironmentVariable("PROD_GOOGLE_API_KEY");
            Register(options);
        }
    }
}
