package com.example.clinic.api

object ApiConfig {
    // ruleid: generic-secret
    const val API_KEY = "Z1ak6QrWXXP948N5lZTJbqSjYaPF"

    // ruleid: generic-secret
    val clientSecret = "iEkC!8g=b0bCpe0UlP?b"

    // ok: generic-secret
    const val API_KEY_NAME = "X-Api-Key"

    // ok: generic-secret
    const val REFRESH_TOKEN_PATH = "/v1/auth/refresh-token"

    // ok: generic-secret
    val authToken = System.getenv("CLINIC_AUTH_TOKEN") ?: ""

    // ok: generic-secret
    const val PASSWORD_PLACEHOLDER = "Enter your password"

    // ok: generic-secret
    const val CLIENT_SECRET = "REPLACE_WITH_CLIENT_SECRET"
}
