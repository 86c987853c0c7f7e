<?php
namespace App\Action;

use OpenTok\OpenTok;

class TokenAction
{
    public function __construct(private OpenTok $opentok) {}

    public function __invoke($request, $response)
    {
        $body = $request->getParsedBody();
        $token = $this->opentok->generateToken($body['sessionId']);
        $response->getBody()->write(json_encode(['token' => $token]));
        return $response;
    }
}
