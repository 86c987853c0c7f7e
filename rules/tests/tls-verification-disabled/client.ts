import https from 'https';
import * as tls from 'tls';
import axios, { AxiosInstance } from 'axios';
import { Agent } from 'undici';

export function createVonageClient(): AxiosInstance {
  return axios.create({
    baseURL: 'https://video.api.vonage.com',
    // ruleid: tls-verification-disabled
    httpsAgent: new https.Agent({ rejectUnauthorized: false }),
  });
}

// Behind a user option: reported as a note.
// ruleid: tls-verification-disabled
const strictAgent = new https.Agent({ rejectUnauthorized: !process.env.ALLOW_SELF_SIGNED });

// ruleid: tls-verification-disabled
const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });

// ok: tls-verification-disabled
const pinnedDispatcher = new Agent({ connect: { rejectUnauthorized: true, ca: corpCa } });

const socketOptions: tls.ConnectionOptions = {
  host: 'video.api.vonage.com',
  port: 443,
  // ruleid: tls-verification-disabled
  checkServerIdentity: (host: string, cert: tls.PeerCertificate): Error | undefined => undefined,
};

// ok: tls-verification-disabled
const verifiedOptions: tls.ConnectionOptions = { host: 'video.api.vonage.com', ca: [corpCa], checkServerIdentity: tls.checkServerIdentity };

export function disableTlsForTests(): void {
  // ruleid: tls-verification-disabled
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
}

// ok: tls-verification-disabled
if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') logger.warn('TLS verification is disabled by NODE_TLS_REJECT_UNAUTHORIZED=0');

export const requestDefaults = {
  json: true,
  // ruleid: tls-verification-disabled
  strictSSL: false,
};

// ok: tls-verification-disabled
export const strictDefaults = { json: true, strictSSL: true };

declare const corpCa: string;
declare const logger: { warn(msg: string): void };
