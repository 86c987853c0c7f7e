<?php
namespace App\Action\Archive;

class ListAction
{
    public function __invoke($request, $response)
    {
        $list = $this->opentok->listArchives();
        $response->getBody()->write(json_encode($list));
        return $response;
    }
}
