using System;

namespace VideoApp.Integrations
{
    // Paid consultations: Stripe billing for video calls
    public static class IntegrationSettings
    {
        // ruleid: stripe-key
        private const string StripeSecretKey = "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";
        // ruleid: stripe-key
        private const string StripeRestrictedKey = "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";
        // ruleid: stripe-key
        private const string StripeTestSecretKey = "sk_test_rY79tSJ9VvqapTaRE3DylQtP";
        // ruleid: stripe-key
        private const int RetryLimit = 3; // was "sk_live_AZYJxV7pm7O4N0GxOVfzu4t3" before rotation
        // ok: stripe-key
        private const string StripePublishableKey = "pk_live_JdeLutFmjiBpd4dLsN8QjPMKHP38Vg69LpVOsXjWCOGY9qfit5QKxdE5P7Z2qs1cYYvj8lB38Kfd4qxHUNOUvQFLyxwuu6jsYYJ";
        // ok: stripe-key
        private const string DocsStripeSecretKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
        // ok: stripe-key
        private const string MaskedStripeSecretKey = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx";
        // ok: stripe-key
        private const string SampleStripeSecretKey = "sk_live_YOUR_SECRET_KEY";

        public static void Configure()
        {
            var options = new ProviderOptions
            {
                // ruleid: stripe-key
                ApiKey = "sk_live_WuDdTWUi2DrjsmKEMfFvWzS1",
                // ruleid: stripe-key
                SandboxKey = "sk_test_MjGAJcRov86or7gSvUR4HbTO0V2mMNVvvyWfEqXbTF9spacxlg3VMCSQwvGUUXK6UM8kzlYsv1zHM9TBCn8icRUMQlk6h54ILVw",
                // ok: stripe-key
                PublishableKey = "pk_test_dhGet63reUoHn4Q0WtcbbvfSivnGM8KlcjzwO5xpRtfq2YOYuzi0MBXUqwXR366l4blF6VIFhH4vOHL3lWIze9iXcFpY7QCct7A",
                // ok: stripe-key
                PriceId = "price_1PqR2sT3uV4wX5yZ6aB7cD8e",
                // ok: stripe-key
                CustomerId = "cus_Q8xY2zA3bC4dE5",
            };
            // ruleid: stripe-key
            Notify("sk_live_hCx4n4AEASn67opMa2AigDbv");
            // ok: stripe-key
            var prodStripeSecretKey = Environment.GetEnvironmentVariable("PROD_STRIPE_SECRET_KEY");
            Register(options);
        }
    }
}
