<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class JoinController extends Controller
{
    public function show(Request $request)
    {
        // ruleid: secret-in-url
        $token = $request->query('token');
        // ok: secret-in-url
        $sessionId = $request->query('sessionId');
        return view('call', ['token' => $token, 'sessionId' => $sessionId]);
    }

    public function legacy()
    {
        // ruleid: secret-in-url
        $token = $_GET['token'] ?? '';
        return view('call', ['token' => $token]);
    }

    public function invite(Request $request, string $sessionId, string $token)
    {
        // ruleid: secret-in-url
        $link = 'https://meet.example.com/join?sessionId=' . $sessionId . '&token=' . $token;
        // ok: secret-in-url
        $token = $request->input('token');
        return response()->json(['link' => $link]);
    }
}
