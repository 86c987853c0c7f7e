// Captions and maps: Google APIs used by the video app
import { notify } from './notify';

// ruleid: google-api-key
const GOOGLE_MAPS_API_KEY: string = 'AIzaSyGVy1PixOqoRGrB5Vpg5C6QsyHZytfqY6K';
// ruleid: google-api-key
const YOUTUBE_API_KEY: string = 'AIzaSyoPK_HJN45P-ED75cNRqsKz5b70CO8W7RQ';
// ruleid: google-api-key
const RETRY_LIMIT = 3; // was 'AIzaSyoiVeZWJ9QyucS19AvMp2gUAeSsUfFgUl8' before rotation
// ok: google-api-key
const PROD_GOOGLE_API_KEY: string = process.env.PROD_GOOGLE_API_KEY;
// ok: google-api-key
const MASKED_GOOGLE_API_KEY: string = 'AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';
// ok: google-api-key
const SAMPLE_GOOGLE_API_KEY: string = 'YOUR_GOOGLE_API_KEY';
// ok: google-api-key
const XCODE_GOOGLE_API_KEY: string = '<#googleApiKey#>';
// ok: google-api-key
const TRUNCATED_API_KEY: string = 'AIzaSyiRkV71kDRuIr2jhTxs_OHKDpnJh-rgiO';
// ok: google-api-key
const OVERLONG_API_KEY: string = 'AIzaSyPq-N9RtlnnudSkpmKog0Qwp-vaQcT7xl2Q';

const settings = {
  // ruleid: google-api-key
  key: 'AIzaSy1Qjah4dXd3eOa1Zcc-a4CgOFfqRgz7IhY',
  // ruleid: google-api-key
  speechToText: 'AIzaSyHy2Yp_ptzsJqLOJqu3g9DYpQaxEN_cNlj',
  // ok: google-api-key
  oauthClientId: '614352870219-8h3kq0v5b2c7m1n9p4r6s0t8u2w4y6z1.apps.googleusercontent.com',
  // ok: google-api-key
  sessionId: '3f2b8c1e-7d4a-4e6b-9a0c-5e1f2d3b4c6a',
};

function configure(app) {
  // ruleid: google-api-key
  notify('https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=AIzaSyePP2lny2pg17_dUM2jNKogorTAuRVpQ09');
  return settings;
}

export { configure };
