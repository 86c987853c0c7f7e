<?php
// ruleid: insecure-websocket-url
const SIGNAL_URL = 'ws://signal.acme-corp.io/rooms';
// ok: insecure-websocket-url
const SIGNAL_URL_TLS = 'wss://signal.acme-corp.io/rooms';

$config = [
    // ruleid: insecure-websocket-url
    'chat_socket' => "ws://chat.acme-corp.io/socket",
    // ok: insecure-websocket-url
    'dev_socket' => 'ws://localhost:8080/socket',
];

function socketUrl(string $host): string
{
    // ok: insecure-websocket-url
    return "ws://{$host}/rooms";
}
