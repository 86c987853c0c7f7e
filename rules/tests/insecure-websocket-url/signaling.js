// Chat and presence next to the video session.
import { io } from 'socket.io-client';

// ruleid: insecure-websocket-url
const SIGNAL_URL = 'ws://signal.acme-corp.io/rooms';
// ok: insecure-websocket-url
const SIGNAL_URL_TLS = 'wss://signal.acme-corp.io/rooms';
// ok: insecure-websocket-url
const DEV_SIGNAL_URL = 'ws://localhost:8080/rooms';

export function connectChat(room) {
  // ruleid: insecure-websocket-url
  const chat = new WebSocket(`ws://chat.acme-corp.io/rooms/${room}`);
  // ok: insecure-websocket-url
  const presence = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/presence');
  // ok: insecure-websocket-url
  const events = new WebSocket(`ws://${location.host}/events`);
  return { chat, presence, events };
}

// ruleid: insecure-websocket-url
export const socket = io('ws://realtime.acme-corp.io:3001', { transports: ['websocket'] });
// ok: insecure-websocket-url
export const testSocket = io('ws://chat.example.com'); // was ws://old.acme-corp.io
