// Typed configuration of the web client and its backend.
import axios from 'axios';

interface BackendConfig {
  baseUrl: string;
  apiKey: string;
}

export const backend: BackendConfig = {
  baseUrl: 'https://api.clinic.example.com',
  // ruleid: generic-secret
  apiKey: 'v5XZgZQhY3xX1Qibw7wippNeCIZX',
};

// ruleid: generic-secret
export const AUTH_TOKEN: string = 'tOOjh5Gzn64jFM8uZMdhLJ3AK_fZ';

export class StorageClient {
  // ruleid: generic-secret
  private readonly accessKey = 'Ra8sLq3VnT0xWc6Ze2Yb9uKd';

  // ok: generic-secret
  private readonly accessKeyId = 'e7b1c2d4-58a9-4f3e-bc61-0a9d7f2e4c18';
}

// ok: generic-secret
export const tokenEndpoint: string = 'https://auth.example.com/oauth2/token';

// ok: generic-secret
export const credentialsFile: string = '/etc/clinic/credentials.json';

// ok: generic-secret
export const secretEnv: string = 'CLINIC_SESSION_SECRET';

// ok: generic-secret
export const passwordHint: string = 'At least 12 characters, one digit';

// ok: generic-secret
export const apiKeyFromEnv: string = process.env.API_KEY ?? '';

// ok: generic-secret
export const token: string = `Bearer ${localStorage.getItem('jwt')}`;

// ok: generic-secret
export const secret: string = 'xxxxxxxxxxxxxxxxxxxxxxxx';

// ok: generic-secret
export const passwordResetTokenExpiry: string = 'passwordResetTokenExpiry';
