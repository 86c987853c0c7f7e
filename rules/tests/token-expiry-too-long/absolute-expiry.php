<?php

use OpenTok\OpenTok;
use OpenTok\Role;

function eventToken(OpenTok $opentok, string $sessionId): string
{
    // ruleid: token-expiry-too-long
    return $opentok->generateToken($sessionId, ['role' => Role::PUBLISHER, 'expireTime' => strtotime('2099-01-01 00:00:00')]);
}

function festivalToken(OpenTok $opentok, string $sessionId): string
{
    $until = mktime(0, 0, 0, 12, 31, 2099);
    // ruleid: token-expiry-too-long
    return $opentok->generateToken($sessionId, ['expireTime' => $until]);
}

function callToken(OpenTok $opentok, string $sessionId): string
{
    // ok: token-expiry-too-long
    return $opentok->generateToken($sessionId, ['expireTime' => time() + 3600]);
}
