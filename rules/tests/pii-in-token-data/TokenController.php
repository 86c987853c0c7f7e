<?php

namespace App\Http\Controllers;

use App\Models\Meeting;
use Illuminate\Http\Request;
use OpenTok\OpenTok;
use OpenTok\Role;

class TokenController extends Controller
{
    public function __construct(private OpenTok $opentok)
    {
        $this->middleware('auth');
    }

    public function store(Request $request, Meeting $meeting)
    {
        $user = $request->user();
        $token = $this->opentok->generateToken($meeting->session_id, [
            'role' => Role::PUBLISHER,
            // ruleid: pii-in-token-data
            'data' => json_encode(['name' => $user->name, 'email' => $user->email]),
        ]);
        return response()->json(['token' => $token]);
    }

    public function guest(Request $request, Meeting $meeting)
    {
        $token = $this->opentok->generateToken($meeting->session_id, [
            'role' => Role::SUBSCRIBER,
            // ok: pii-in-token-data
            'data' => json_encode(['guest' => true, 'seat' => $request->integer('seat')]),
        ]);
        return response()->json(['token' => $token]);
    }
}
