<?php
use Slim\Factory\AppFactory;
use App\Action\Archive\StartAction;
use App\Action\Archive\ListAction;

$app = AppFactory::create();
// ruleid: unauthenticated-moderation-endpoint
$app->map(['GET', 'POST'], '/archive/start', StartAction::class)->setName('archive.start');
// ok: unauthenticated-moderation-endpoint
$app->get('/archive', ListAction::class)->setName('archive.list');
// ok: unauthenticated-moderation-endpoint
$app->post('/host/archive/start', StartAction::class)->add($requireAuth);
$app->run();
