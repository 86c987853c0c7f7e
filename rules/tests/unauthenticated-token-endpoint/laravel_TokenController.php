<?php
// A Laravel controller: constructor middleware guards every action.
namespace App\Http\Controllers;

class TokenController extends Controller
{
    public function __construct(private OpenTok $opentok)
    {
        $this->middleware('auth');
    }

    // ok: unauthenticated-token-endpoint
    public function store(Request $request)
    {
        return ['token' => $this->opentok->generateToken($request->input('session_id'))];
    }
}

class GuestTokenController extends Controller
{
    // ruleid: unauthenticated-token-endpoint
    public function store(Request $request)
    {
        return ['token' => $this->opentok->generateToken($request->input('session_id'))];
    }
}
