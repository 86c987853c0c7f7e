// Typed configuration for the Vonage Video token service.
import OpenTok from 'opentok';
import { Vonage } from '@vonage/server-sdk';
import { Auth } from '@vonage/auth';

export interface VideoConfig {
  apiKey: string;
  apiSecret: string;
}

export const videoConfig: VideoConfig = {
  apiKey: '47120563',
  // ruleid: vonage-api-secret
  apiSecret: '6cfa2319c43ea0262b42837f6fc2858e9717c2b6',
};

// ruleid: vonage-api-secret
export const TOKBOX_SECRET: string = '032c9341e8352cae0b1434bd6d908e5269387972';

export class TokenService {
  // ruleid: vonage-api-secret
  private readonly partnerSecret = '45cf469fe7e24be007b8bd4b2ecd2f53f6455acb';

  // ruleid: vonage-api-secret
  private readonly client = new OpenTok('47120563', 'b13ea0db101174c648bcb3b23665e964b9b0bb5b');

  // ok: vonage-api-secret
  private readonly liveClient = new OpenTok(process.env.OPENTOK_API_KEY!, process.env.OPENTOK_API_SECRET!);
}

// ruleid: vonage-api-secret
const auth = new Auth({ apiKey: '7c41d2e9', apiSecret: '8JkgkDdjdEfK6fv9' });
export const vonage = new Vonage(auth);

// ok: vonage-api-secret
export const placeholderSecret: string = '<#apisecret#>';

// ok: vonage-api-secret
export const templateSecret: string = '${OPENTOK_SECRET}';

// ok: vonage-api-secret
export const releaseCommit: string = '880e860c9321467db94d85b9bee8171a802de2a1';

// ok: vonage-api-secret
export const assetChecksum: string = 'cbc1d7a2bf2f394777caa88b30d0cba186112728';

// ok: vonage-api-secret
export const applicationId: string = '0b5c7a3e-58f4-4d8e-9d2a-61c9e1f0a7b4';

// ok: vonage-api-secret
export const apiSecretFromEnv: string = process.env.OPENTOK_API_SECRET ?? '';

// ok: vonage-api-secret
export const webhookSecret: string = 'Qz7pLm2XwR9vTc4KbN8s'; // not a Vonage account secret name
