<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use OpenTok\OpenTok;
use OpenTok\Role;

class TokenController extends Controller
{
    public function store(Request $request, OpenTok $opentok, string $room)
    {
        $meeting = $request->user()->meetings()->findOrFail($room);
        $token = $opentok->generateToken($meeting->session_id, ['role' => Role::PUBLISHER]);
        // ruleid: credential-logged
        Log::info("token for {$request->user()->id}: $token");
        // ruleid: credential-logged
        error_log('issued ' . $token);
        // ok: credential-logged
        Log::info('token issued', ['session' => $meeting->session_id, 'length' => strlen($token)]);
        return response()->json(['token' => $token, 'sessionId' => $meeting->session_id]);
    }
}
