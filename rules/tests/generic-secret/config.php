<?php
// Configuration of the tutoring site.
return [
    'db' => [
        'user' => 'tutoring',
        // ruleid: generic-secret
        'password' => 'iEkC!8g=b0bCpe0UlP?b',
    ],
    'mail' => [
        // ruleid: generic-secret
        'api_key' => 'Z1ak6QrWXXP948N5lZTJbqSjYaPF',
        // ok: generic-secret
        'api_key_env' => 'MAIL_API_KEY',
    ],
    // ok: generic-secret
    'app_key' => getenv('APP_KEY'),
    // ok: generic-secret
    'password_reset_url' => 'https://tutoring.example.com/password/reset',
    // ok: generic-secret
    'secret' => 'changeme',
    // ok: generic-secret
    'token_lifetime' => 'PT15M',
];
