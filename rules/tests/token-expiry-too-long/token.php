<?php

use OpenTok\OpenTok;
use OpenTok\Role;

$opentok = new OpenTok(getenv('OPENTOK_API_KEY'), getenv('OPENTOK_API_SECRET'));

function meetingToken(OpenTok $opentok, string $sessionId): string
{
    return $opentok->generateToken($sessionId, [
        'role' => Role::PUBLISHER,
        // ruleid: token-expiry-too-long
        'expireTime' => time() + (7 * 24 * 60 * 60),
    ]);
}

function shortToken(OpenTok $opentok, string $sessionId): string
{
    return $opentok->generateToken($sessionId, [
        'role' => Role::SUBSCRIBER,
        // ok: token-expiry-too-long
        'expireTime' => time() + 3600,
    ]);
}
