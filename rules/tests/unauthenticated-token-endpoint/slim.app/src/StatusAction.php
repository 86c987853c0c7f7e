<?php
namespace App\Action;

class StatusAction
{
    public function __invoke($request, $response)
    {
        $response->getBody()->write('ok');
        return $response;
    }
}
