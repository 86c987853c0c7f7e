// Names of localStorage entries, not secrets.
// ok: generic-secret
export const CAMERA_PREF_STORAGE_KEY = "acme.videoDesk.lastCameraUIChoice";
// ok: generic-secret
export const SESSION_TOKEN_KEY_NAME = "acmeVideoDeskSessionTokenV2";
// ok: generic-secret
export const AUTH_TOKEN_TYPE = "urn:acme:params:oauth:token-type:jwt";

// ok: generic-secret
const mockApiKey = "mockApplicationId";
// ok: generic-secret
const INVALID_REFRESH_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2lnbmF0dXJlX2lzX2dvbmU";

// ruleid: generic-secret
export const ARCHIVE_UPLOAD_TOKEN = "u7Qp2ZxL9vKcR4mT8wNb3yHs";
