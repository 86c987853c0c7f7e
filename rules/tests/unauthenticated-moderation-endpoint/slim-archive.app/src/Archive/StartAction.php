<?php
namespace App\Action\Archive;

use OpenTok\OpenTok;

class StartAction
{
    public function __construct(private OpenTok $opentok) {}

    public function __invoke($request, $response)
    {
        $data = json_decode($request->getBody()->getContents(), true);
        $archive = $this->opentok->startArchive($data['sessionId']);
        $response->getBody()->write(json_encode($archive->toArray()));
        return $response;
    }
}
