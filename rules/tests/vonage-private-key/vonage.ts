// Video client factory for the clinic backend.
import { Vonage } from '@vonage/server-sdk';
import { Auth } from '@vonage/auth';

// ruleid: vonage-private-key
const PRIVATE_KEY: string = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIKxhJlO0ciyA/qGoYQo/90aKImxLBfljG0ek3o7BWXUloAoGCCqGSM49
AwEHoUQDQgAE+Y9yzY3XQl0aCmM5HyGe8y+oLeKFiTXbHbJmHuq39F1o4j4fIVZd
5N6dvDdU7Xf+RJAR5ycV9XRyOdwuuH3UnQ==
-----END EC PRIVATE KEY-----`;

export const auth = new Auth({
  applicationId: 'c2a6f1d0-3b7e-4f59-9a84-2e1d5c7b9f30',
  // ruleid: vonage-private-key
  privateKey: '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrGEmU7RyLID+oahh\nCj/3RooibEsF+WMbR6TejsFZdSWhRANCAAT5j3LNjddCXRoKYzkfIZ7zL6gt4oWJ\nNdsdsmYe6rf0XWjiPh8hVl3k3p28N1Ttd/5EkBHnJxX1dHI53C64fdSd\n-----END PRIVATE KEY-----\n',
});

// ok: vonage-private-key
export const keyPath: string = process.env.VONAGE_PRIVATE_KEY_PATH ?? 'private.key';

// ok: vonage-private-key
export const truncated: string = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n-----END PRIVATE KEY-----';

// ok: vonage-private-key
export const caCertificate: string = `-----BEGIN CERTIFICATE-----
MIIBlDCCATugAwIBAgIUY+qHpp+GbpjAvVMmTeSb/PSD0UIwCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVdmlkZW8uZXhhbXBsZS5pbnZhbGlkMB4XDTI2MTEyNzIwNTYw
NVoXDTI2MTIyNzIwNTYwNVowIDEeMBwGA1UEAwwVdmlkZW8uZXhhbXBsZS5pbnZh
bGlkMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE+Y9yzY3XQl0aCmM5HyGe8y+o
LeKFiTXbHbJmHuq39F1o4j4fIVZd5N6dvDdU7Xf+RJAR5ycV9XRyOdwuuH3UnaNT
MFEwHQYDVR0OBBYEFC35LtK/25HopXLB8BOikDU83B5yMB8GA1UdIwQYMBaAFC35
LtK/25HopXLB8BOikDU83B5yMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID
RwAwRAIgb3hfRTHjKER0SxH04sxuOaO0zbdybm3IHjB+bZWFOwsCICzvF+r49OJr
vierAI4RRoU03lOhGk18xvHN1ufk8rkm
-----END CERTIFICATE-----`;

// ok: vonage-private-key
export const keyFromEnv: string = process.env.VONAGE_PRIVATE_KEY ?? '';
