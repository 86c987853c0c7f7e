<?php
use Slim\Factory\AppFactory;
use App\Action\TokenAction;
use App\Action\StatusAction;

$app = AppFactory::create();
// ruleid: unauthenticated-token-endpoint
$app->post('/token', TokenAction::class);
// ruleid: unauthenticated-token-endpoint
$app->map(['GET', 'POST'], '/room/token', TokenAction::class);
// ok: unauthenticated-token-endpoint
$app->post('/secure/token', TokenAction::class)->add($requireAuth);
// ok: unauthenticated-token-endpoint
$app->get('/status', StatusAction::class);
$app->run();
