// Express backend of the video clinic: database, storage and webhooks.
const express = require('express');
const session = require('express-session');
const { Pool } = require('pg');

const pool = new Pool({
  host: 'db.internal',
  user: 'clinic',
  // ruleid: generic-secret
  password: 'FtogS&I2RKL28X0@mZT?',
});

// ruleid: generic-secret
const SESSION_SECRET = 'MMFkg-BfumrhQF3RnqK7z7zQLXe7';

// ruleid: generic-secret
const GITHUB_CLIENT_SECRET = '0c0b6596f6dde0fc6ac8a85a3c6bf48a2827db34';

const webhooks = {
  // ruleid: generic-secret
  signingSecret: 'q1nTFa6R6wkECm9FKU46P_PItQth',
  // ok: generic-secret
  tokenUrl: 'https://auth.example.com/oauth/token',
};

// ruleid: generic-secret
app.use(session({ secret: 'zIba-KBe7eHybGX3aPgC-GMITab2', resave: false }));

// ok: generic-secret
const dbPassword = process.env.DB_PASSWORD;

// ok: generic-secret
const passwordField = 'user-password-confirmation';

// ok: generic-secret
const secretName = 'prod/video/opentok-api-secret';

// ok: generic-secret
const API_SECRET_ENV = 'OPENTOK_API_SECRET';

// ok: generic-secret
const PRIVATE_KEY_PATH = './keys/vonage-private.key';

// ok: generic-secret
const tokenId = '3f1c9a52-8e7b-4d06-b2a4-91c7e5d03f68';

// ok: generic-secret
const apiKey = 'YOUR_API_KEY_HERE';

// ok: generic-secret
const placeholderPassword = '${DB_PASSWORD}';

// ok: generic-secret
const authLabel = 'Please enter your password to continue';

// ok: generic-secret
const tokenType = 'refresh_token_rotation_enabled';

// ok: generic-secret
const accessToken = 'aaaaaaaabbbbbbbbccccccccdddd';

// ok: generic-secret
const shortPassword = 'Xk9mP2q';

// ok: generic-secret
const adminPasswordHash = '$2b$12$Kix7Qn0vWbT3ZpR8sLmYOe1uFh4GdJcA9yXqN2oVtE6rB5wHiSkPa';

// ok: generic-secret
const password = 'correcthorsebatterystaple';

// ok: generic-secret
const csrfToken = req => req.get('X-CSRF-Token');

// ok: generic-secret
const localDevToken = 'dummy_token_for_local_dev_01';

// ok: generic-secret
const webhookSigningSecret = '<your-webhook-signing-secret>';

// ok: generic-secret
const retries = 3; // password: 'Z1ak6QrWXXP948N5lZTJbqSjYaPF'
