<?php
// Controller middleware limited to some actions: `only` and `except`.
namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controllers\HasMiddleware;
use Illuminate\Routing\Controllers\Middleware;

class RoomTokenController extends Controller implements HasMiddleware
{
    public function __construct(private OpenTok $opentok) {}

    public static function middleware(): array
    {
        return [
            new Middleware('auth:sanctum', only: ['store']),
            new Middleware('throttle:30,1'),
        ];
    }

    // ok: unauthenticated-token-endpoint
    public function store(Request $request)
    {
        return ['token' => $this->opentok->generateToken($request->input('session_id'))];
    }

    // ruleid: unauthenticated-token-endpoint
    public function guest(Request $request)
    {
        return ['token' => $this->opentok->generateToken($request->input('session_id'))];
    }
}

class InviteController extends Controller implements HasMiddleware
{
    public function __construct(private OpenTok $opentok) {}

    public static function middleware(): array
    {
        return [new Middleware('auth', except: ['preview'])];
    }

    // ok: unauthenticated-token-endpoint
    public function accept(Request $request)
    {
        return ['token' => $this->opentok->generateToken($request->input('session_id'))];
    }

    // ruleid: unauthenticated-token-endpoint
    public function preview(Request $request)
    {
        return ['token' => $this->opentok->generateToken($request->input('session_id'))];
    }
}

class LegacyTokenController extends Controller
{
    public function __construct(private OpenTok $opentok)
    {
        $this->middleware('auth')->only(['issue']);
    }

    // ok: unauthenticated-token-endpoint
    public function issue(Request $request)
    {
        return ['token' => $this->opentok->generateToken($request->input('session_id'))];
    }

    // ruleid: unauthenticated-token-endpoint
    public function demo(Request $request)
    {
        return ['token' => $this->opentok->generateToken($request->input('session_id'))];
    }
}
