<?php
// Slim: route middleware added with ->add().
use Slim\Factory\AppFactory;

$app = AppFactory::create();

// ruleid: unauthenticated-token-endpoint
$app->post('/token', function ($request, $response) use ($opentok) {
    $response->getBody()->write($opentok->generateToken($request->getParsedBody()['session_id']));
    return $response;
});

// ok: unauthenticated-token-endpoint
$app->post('/member/token', function ($request, $response) use ($opentok) {
    $response->getBody()->write($opentok->generateToken($request->getParsedBody()['session_id']));
    return $response;
})->add($jwtAuthMiddleware);
