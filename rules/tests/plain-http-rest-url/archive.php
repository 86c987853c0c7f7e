<?php
// ruleid: plain-http-rest-url
const OPENTOK_API_URL = 'http://api.opentok.com';
// ok: plain-http-rest-url
const OPENTOK_API_URL_TLS = 'https://api.opentok.com';

$config = [
    // ruleid: plain-http-rest-url
    'token_server' => "http://video-tokens.acme-corp.io",
    // ok: plain-http-rest-url
    'dev_server' => 'http://localhost:8000',
    // ok: plain-http-rest-url
    'license' => 'http://opensource.org/licenses/MIT',
];

function startArchive(string $sessionId, string $jwt)
{
    // ruleid: plain-http-rest-url
    $ch = curl_init('http://api.opentok.com/v2/project/45828062/archive');
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['X-OPENTOK-AUTH: ' . $jwt]);
    return curl_exec($ch);
}

function selfUrl(): string
{
    // ok: plain-http-rest-url
    return 'http://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'];
}

// ok: plain-http-rest-url
$host = "http://{$_SERVER['HTTP_HOST']}/token";
