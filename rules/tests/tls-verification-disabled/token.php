<?php
require __DIR__ . '/vendor/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\RequestOptions;
use OpenTok\OpenTok;

$opentok = new OpenTok(getenv('OPENTOK_API_KEY'), getenv('OPENTOK_API_SECRET'));

function startArchive(string $sessionId, string $jwt): string
{
    $ch = curl_init('https://api.opentok.com/v2/project/' . getenv('OPENTOK_API_KEY') . '/archive');
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['X-OPENTOK-AUTH: ' . $jwt, 'Content-Type: application/json']);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['sessionId' => $sessionId]));
    // ruleid: tls-verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    // ruleid: tls-verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
    $body = curl_exec($ch);
    curl_close($ch);
    return $body;
}

function stopArchive(string $archiveId, string $jwt): string
{
    $ch = curl_init('https://api.opentok.com/v2/project/' . getenv('OPENTOK_API_KEY') . '/archive/' . $archiveId . '/stop');
    // ok: tls-verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
    // ok: tls-verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        // ruleid: tls-verification-disabled
        CURLOPT_SSL_VERIFYHOST => 0,
        // ok: tls-verification-disabled
        CURLOPT_SSL_VERIFYPEER => true,
    ]);
    $body = curl_exec($ch);
    curl_close($ch);
    return $body;
}

// ruleid: tls-verification-disabled
$guzzle = new Client(['base_uri' => 'https://video.api.vonage.com', 'verify' => false]);

// ok: tls-verification-disabled
$strict = new Client(['base_uri' => 'https://video.api.vonage.com', 'verify' => '/etc/ssl/certs/corp-ca.pem']);

// ruleid: tls-verification-disabled
$response = $strict->request('POST', '/session/create', [RequestOptions::VERIFY => false]);

$context = stream_context_create([
    'ssl' => [
        // ruleid: tls-verification-disabled
        'verify_peer' => false,
        // ruleid: tls-verification-disabled
        'verify_peer_name' => false,
        // ruleid: tls-verification-disabled
        'allow_self_signed' => true,
    ],
]);

$strictContext = stream_context_create([
    'ssl' => [
        // ok: tls-verification-disabled
        'verify_peer' => true,
        // ok: tls-verification-disabled
        'verify_peer_name' => true,
        // ok: tls-verification-disabled
        'allow_self_signed' => false,
        'cafile' => '/etc/ssl/certs/ca-certificates.crt',
    ],
]);

// ok: tls-verification-disabled
error_log('never call curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false) against the Vonage API');

echo json_encode(['token' => $opentok->generateToken($_GET['sessionId'])]);
