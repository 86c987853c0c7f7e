<?php

// Paid consultations: Stripe billing for video calls

// ruleid: stripe-key
const STRIPE_SECRET_KEY = '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';
// ruleid: stripe-key
const STRIPE_RESTRICTED_KEY = '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';
// ruleid: stripe-key
const STRIPE_TEST_SECRET_KEY = 'sk_test_rY79tSJ9VvqapTaRE3DylQtP';
// ruleid: stripe-key
$retryLimit = 3; // was 'sk_live_AZYJxV7pm7O4N0GxOVfzu4t3' before rotation
// ok: stripe-key
$prodStripeSecretKey = getenv('PROD_STRIPE_SECRET_KEY');
// ok: stripe-key
const STRIPE_PUBLISHABLE_KEY = 'pk_live_JdeLutFmjiBpd4dLsN8QjPMKHP38Vg69LpVOsXjWCOGY9qfit5QKxdE5P7Z2qs1cYYvj8lB38Kfd4qxHUNOUvQFLyxwuu6jsYYJ';
// ok: stripe-key
const DOCS_STRIPE_SECRET_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
// ok: stripe-key
const MASKED_STRIPE_SECRET_KEY = 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx';
// ok: stripe-key
const SAMPLE_STRIPE_SECRET_KEY = 'sk_live_YOUR_SECRET_KEY';

$settings = [
    // ruleid: stripe-key
    'api_key' => 'sk_live_WuDdTWUi2DrjsmKEMfFvWzS1',
    // ruleid: stripe-key
    'sandbox_key' => 'sk_test_MjGAJcRov86or7gSvUR4HbTO0V2mMNVvvyWfEqXbTF9spacxlg3VMCSQwvGUUXK6UM8kzlYsv1zHM9TBCn8icRUMQlk6h54ILVw',
    // ok: stripe-key
    'publishable_key' => 'pk_test_dhGet63reUoHn4Q0WtcbbvfSivnGM8KlcjzwO5xpRtfq2YOYuzi0MBXUqwXR366l4blF6VIFhH4vOHL3lWIze9iXcFpY7QCct7A',
    // ok: stripe-key
    'price_id' => 'price_1PqR2sT3uV4wX5yZ6aB7cD8e',
    // ok: stripe-key
    'customer_id' => 'cus_Q8xY2zA3bC4dE5',
];

// ruleid: stripe-key
notify('sk_live_hCx4n4AEASn67opMa2AigDbv');

return $settings;
