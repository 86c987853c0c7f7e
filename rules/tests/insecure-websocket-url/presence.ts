// ruleid: insecure-websocket-url
const PRESENCE_SOCKET_URL = "ws://presence.acme-corp.io/rooms";

export function connectPresence(log: (m: string) => void) {
  // ruleid: insecure-websocket-url
  const ws = new WebSocket("ws://presence-eu.acme-corp.io/rooms");
  ws.onerror = () => {
    // ok: insecure-websocket-url
    log("Presence unavailable: ws://presence.acme-corp.io did not answer");
  };
  return ws;
}

export const protocolTable = [
  // ok: insecure-websocket-url
  { scheme: "plain", example: "ws://presence.acme-corp.io/rooms" },
];
// ok: insecure-websocket-url
export const docsLink = "See the protocol notes, ws://presence.acme-corp.io is for tests";
