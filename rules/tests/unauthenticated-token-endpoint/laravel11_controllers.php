<?php
// Laravel 11 controllers declare their middleware with HasMiddleware.
namespace App\Http\Controllers;

use Illuminate\Routing\Controllers\HasMiddleware;
use Illuminate\Routing\Controllers\Middleware;

class MeetingTokenController extends Controller implements HasMiddleware
{
    public function __construct(private OpenTok $opentok) {}

    public static function middleware(): array
    {
        return ['auth:sanctum'];
    }

    // ok: unauthenticated-token-endpoint
    public function store(Request $request)
    {
        return ['token' => $this->opentok->generateToken($request->input('session_id'))];
    }
}

class LobbyController extends Controller implements HasMiddleware
{
    public static function middleware(): array
    {
        return [new Middleware('throttle:60,1')];
    }

    // ruleid: unauthenticated-token-endpoint
    public function store(Request $request)
    {
        return ['token' => $this->opentok->generateToken($request->input('session_id'))];
    }
}
