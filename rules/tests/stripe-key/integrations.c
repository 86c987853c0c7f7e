/* Paid consultations: Stripe billing for video calls */
#include <stdlib.h>
#include "integrations.h"

// ruleid: stripe-key
#define STRIPE_SECRET_KEY "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"
// ruleid: stripe-key
#define STRIPE_RESTRICTED_KEY "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"
// ruleid: stripe-key
#define STRIPE_TEST_SECRET_KEY "sk_test_rY79tSJ9VvqapTaRE3DylQtP"
// ruleid: stripe-key
static const int retry_limit = 3; /* was "sk_live_AZYJxV7pm7O4N0GxOVfzu4t3" before rotation */
// ok: stripe-key
#define STRIPE_PUBLISHABLE_KEY "pk_live_JdeLutFmjiBpd4dLsN8QjPMKHP38Vg69LpVOsXjWCOGY9qfit5QKxdE5P7Z2qs1cYYvj8lB38Kfd4qxHUNOUvQFLyxwuu6jsYYJ"
// ok: stripe-key
#define DOCS_STRIPE_SECRET_KEY "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
// ok: stripe-key
#define MASKED_STRIPE_SECRET_KEY "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
// ok: stripe-key
#define SAMPLE_STRIPE_SECRET_KEY "sk_live_YOUR_SECRET_KEY"

void configure(struct upload_config *cfg)
{
    // ruleid: stripe-key
    cfg->api_key = "sk_live_WuDdTWUi2DrjsmKEMfFvWzS1";
    // ruleid: stripe-key
    cfg->sandbox_key = "sk_test_MjGAJcRov86or7gSvUR4HbTO0V2mMNVvvyWfEqXbTF9spacxlg3VMCSQwvGUUXK6UM8kzlYsv1zHM9TBCn8icRUMQlk6h54ILVw";
    // ok: stripe-key
    const char *prod_stripe_secret_key = getenv("PROD_STRIPE_SECRET_KEY");
    // ok: stripe-key
    cfg->publishable_key = "pk_test_dhGet63reUoHn4Q0WtcbbvfSivnGM8KlcjzwO5xpRtfq2YOYuzi0MBXUqwXR366l4blF6VIFhH4vOHL3lWIze9iXcFpY7QCct7A";
    // ok: stripe-key
    cfg->price_id = "price_1PqR2sT3uV4wX5yZ6aB7cD8e";
    // ok: stripe-key
    cfg->customer_id = "cus_Q8xY2zA3bC4dE5";
    // ruleid: stripe-key
    notify("sk_live_hCx4n4AEASn67opMa2AigDbv");
}
