using System;
using System.Net.WebSockets;

namespace Acme.VideoDesk
{
    public class SignalClient
    {
        // ruleid: insecure-websocket-url
        private const string SignalUrl = "ws://signal.acme-corp.io/rooms";
        // ok: insecure-websocket-url
        private const string SignalUrlTls = "wss://signal.acme-corp.io/rooms";
        // ok: insecure-websocket-url
        private const string DevUrl = "ws://localhost:5000/rooms";

        public ClientWebSocket Connect()
        {
            var ws = new ClientWebSocket();
            // ruleid: insecure-websocket-url
            ws.ConnectAsync(new Uri("ws://chat.acme-corp.io/socket"), default).Wait();
            return ws;
        }

        // ok: insecure-websocket-url
        public string UrlFor(string host) => $"ws://{host}/rooms";
    }
}
