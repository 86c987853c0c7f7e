import { HubConnectionBuilder, HubConnection } from '@microsoft/signalr';

// ruleid: insecure-websocket-url
export const HUB_URL: string = 'ws://hub.acme-corp.io/video';
// ok: insecure-websocket-url
export const HUB_URL_TLS: string = 'wss://hub.acme-corp.io/video';
// ok: insecure-websocket-url
export const EMULATOR_HUB: string = 'ws://10.0.2.2:5000/video';

export function connectHub(url: string): HubConnection {
  return new HubConnectionBuilder().withUrl(url).build();
}

export function openSocket(room: string): WebSocket {
  // ruleid: insecure-websocket-url
  return new WebSocket('ws://signal.acme-corp.io/room/' + room);
}

// ok: insecure-websocket-url
export const upgrade = (url: string): string => url.replace('ws://', 'wss://');
