<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use OpenTok\OpenTok;
use OpenTok\Role;

class TokenController extends Controller
{
    public function __construct(private OpenTok $opentok)
    {
        $this->middleware('auth');
    }

    public function store(Request $request, string $sessionId)
    {
        // ruleid: moderator-role-for-all
        $token = $this->opentok->generateToken($sessionId, ['role' => Role::MODERATOR]);
        return response()->json(['token' => $token]);
    }

    public function viewer(Request $request, string $sessionId)
    {
        // ok: moderator-role-for-all
        $token = $this->opentok->generateToken($sessionId, ['role' => Role::SUBSCRIBER]);
        return response()->json(['token' => $token]);
    }
}
