<?php

use OpenTok\OpenTok;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

$opentok = new OpenTok(getenv('OPENTOK_API_KEY'), getenv('OPENTOK_API_SECRET'));

$app->get('/token', function (Request $request, Response $response) use ($opentok, $cache) {
    $sessionId = $cache->getOrCreate('sessionId', function () use ($opentok) {
        return $opentok->createSession()->getSessionId();
    });
    // ruleid: session-id-reuse
    $token = $opentok->generateToken($sessionId);
    $response->getBody()->write(json_encode(['token' => $token]));
    return $response;
})->add($auth);

$app->get('/rooms/{room}/token', function (Request $request, Response $response, array $args) use ($opentok, $rooms) {
    $sessionId = $rooms->sessionFor($args['room']);
    // ok: session-id-reuse
    $token = $opentok->generateToken($sessionId);
    $response->getBody()->write(json_encode(['token' => $token]));
    return $response;
})->add($auth);
