import axios, { AxiosInstance } from 'axios';

// ruleid: plain-http-rest-url
export const TOKEN_SERVER_BASE_URL = 'http://YOUR-SERVER-URL';
// ruleid: plain-http-rest-url
const STAGING_BASE_URL: string = 'http://staging.video-tokens.acme-corp.io:8080';
// ok: plain-http-rest-url
const LOCAL_BASE_URL: string = 'http://127.0.0.1:8080';
// ok: plain-http-rest-url
const PROD_BASE_URL: string = 'https://video-tokens.acme-corp.io';

export function tokenClient(env: 'local' | 'staging' | 'prod'): AxiosInstance {
  const baseURL = env === 'local' ? LOCAL_BASE_URL : env === 'staging' ? STAGING_BASE_URL : PROD_BASE_URL;
  return axios.create({ baseURL, timeout: 5000 });
}

export async function fetchSession(room: string): Promise<{ sessionId: string; token: string }> {
  // ruleid: plain-http-rest-url
  const res = await fetch('http://tokbox.com/api/session/' + encodeURIComponent(room));
  return res.json();
}

export function upgrade(url: string): string {
  // ok: plain-http-rest-url
  return url.replace('http://', 'https://');
}

// ok: plain-http-rest-url
export const DOCKER_HOST_URL = 'http://host.docker.internal:3000';
// ok: plain-http-rest-url
export const TEST_URL = 'http://video.test/api';
// ok: plain-http-rest-url
export const SCHEMA_ID = 'http://json-schema.org/draft-07/schema#';
