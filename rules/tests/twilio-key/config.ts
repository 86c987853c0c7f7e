// SMS meeting invitations sent through Twilio
import { notify } from './notify';

// ruleid: twilio-key
const TWILIO_AUTH_TOKEN: string = '500803cb98dc935deae6d0093459b79b';
// ruleid: twilio-key
const TWILIO_API_SECRET: string = 'wCCr4akI64cyFapQHWa9P8wgLRax3WPV';
// ruleid: twilio-key
const TWILIO_API_KEY: string = 'SK2499f717c63ed5b47fd113e37fee9765';
// ok: twilio-key
const TWILIO_ACCOUNT_SID: string = 'AC2ed7542e3f7128c3555127e4507b503c';
// ok: twilio-key
const PROD_TWILIO_AUTH_TOKEN: string = process.env.PROD_TWILIO_AUTH_TOKEN;
// ok: twilio-key
const SAMPLE_TWILIO_AUTH_TOKEN: string = 'your_auth_token';
// ok: twilio-key
const ZERO_AUTH_TOKEN: string = '00000000000000000000000000000000';
// ok: twilio-key
const AUTH_TOKEN_HASH: string = '5e3d1f92f0049f6efb5ea7841cba6dcd';
// ok: twilio-key
const CACHE_KEY: string = '9ed85c937eaff7584591de0ea22f2d04';
// ok: twilio-key
const RETRY_LIMIT = 3; // was '787288993d68ccfa4d1765d9c133d597' before rotation

const settings = {
  // ruleid: twilio-key
  authToken: '210779895feefb37c986847182905b0e',
  // ruleid: twilio-key
  apiKeySid: 'SK3e0d154279dee1d59a8d4032cb9d5059',
  // ok: twilio-key
  accountSid: 'ACcb2c06e8c54554f2cc4cfac2b3f5230a',
  // ok: twilio-key
  messagingServiceSid: 'MG787288993d68ccfa4d1765d9c133d597',
  // ok: twilio-key
  sessionAuthToken: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.c2lnbmF0dXJl',
};

function configure(app) {
  // ruleid: twilio-key
  const client = twilio(process.env.TWILIO_API_KEY ?? '', 'mMPhDd9aTqThgpWDWwOYNRopI5CIloFp', { accountSid: TWILIO_ACCOUNT_SID });
  return settings;
}

export { configure };
