<?php
// Laravel routes: chained middleware and route groups.
use Illuminate\Support\Facades\Route;
use OpenTok\OpenTok;

// ok: unauthenticated-token-endpoint
Route::get('/health', fn () => 'ok');

// ruleid: unauthenticated-token-endpoint
Route::post('/token', function (Request $request) {
    return ['token' => app(OpenTok::class)->generateToken($request->input('session_id'))];
});

// ok: unauthenticated-token-endpoint
Route::post('/member/token', function (Request $request) {
    return ['token' => app(OpenTok::class)->generateToken($request->input('session_id'))];
})->middleware('auth:sanctum');

Route::middleware(['auth'])->group(function () {
    // ok: unauthenticated-token-endpoint
    Route::post('/rooms/{room}/token', function (Room $room) {
        return ['token' => app(OpenTok::class)->generateToken($room->session_id)];
    });
});
