<?php
use OpenTok\OpenTok;

$opentok = new OpenTok(getenv('OPENTOK_API_KEY'), getenv('OPENTOK_API_SECRET'));

// ruleid: shared-client-token
$token = 'T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9OTIzNzMyODgxNTg0ZDhjNGZhMjgxNWQyODAyODI3MjgzZTBhZDg0MTpzZXNzaW9uX2lkPTFfTVg0ME5UZ3lPREEyTW41LVZHaDFJRVJsWXlBd015QXhPRG96TURvd01DQlFVMVFnTWpBeU5uNVFTMUl3UTNOVWVUUlJkMkk0UkhkclRtaEdaRzVZYzJsLVVBJmNyZWF0ZV90aW1lPTE3NjQwMDAwMDAmcm9sZT1wdWJsaXNoZXImbm9uY2U9MC44MzEyNDAyMyZleHBpcmVfdGltZT0xNzY0MDg2NDAw';
// ok: shared-client-token
$fromRequest = $_POST['token'] ?? '';

$credentials = [
    'apiKey' => getenv('OPENTOK_API_KEY'),
    // ruleid: shared-client-token
    'token' => "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDA4NjQwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMV9NWDQwTlRneU9EQTJNbjUtVFc5dUlFNXZkaUF5TXlBeE1Eb3dNVG93TWlCUVUxUWdNakF5Tm41MU9HcDZVR1JsTUVsbmVFeGtOa2R1WTJaQ1FXVndaa3AtVUEiLCJyb2xlIjoicHVibGlzaGVyIiwibm9uY2UiOiIxMzc0ODQ3NzcxODMifQ.nyvyCJTqJ-aJxmtrJi5IhrhDjzm6dv74yQxRAfvmz5o",
];

// ok: shared-client-token
$fresh = $opentok->generateToken($sessionId);
// ok: shared-client-token
$restJwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMDE4MCwianRpIjoiNWExYjJjM2QtNmU3Zi00YThiLTljMGQtZTFmMmEzYjRjNWQ2In0.NALzduW_FJZ3PRlhYya-W-WFAzazbxO8rkgWaIITaAU';
