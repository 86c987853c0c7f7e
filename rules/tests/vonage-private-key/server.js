// Vonage Video token server (Node, @vonage/server-sdk).
const fs = require('fs');
const { Vonage } = require('@vonage/server-sdk');

const vonage = new Vonage({
  applicationId: 'c2a6f1d0-3b7e-4f59-9a84-2e1d5c7b9f30',
  // ruleid: vonage-private-key
  privateKey: `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrGEmU7RyLID+oahh
Cj/3RooibEsF+WMbR6TejsFZdSWhRANCAAT5j3LNjddCXRoKYzkfIZ7zL6gt4oWJ
NdsdsmYe6rf0XWjiPh8hVl3k3p28N1Ttd/5EkBHnJxX1dHI53C64fdSd
-----END PRIVATE KEY-----`,
});

// ruleid: vonage-private-key
const BACKUP_KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQD0tv6D9nIXOI91iGpE6ctVysBiqOmwZ0TpwJ6gd/Vci2EKh1b3\ndlgLWeJTzbAwgXZYaYh9YEchLH4iO517wpoyqgwTt5vA3SIiS0lNkGyAnLZjdR9E\nIpF5d7Zs9+8ZuJQL923y2g1TgFbclwl7HGBk2PnRgQHvRcWLkisJdIPwEwIDAQAB\nAoGASbtBID2GzpxKDR2W90CB9U1rfc5q6q2Sw+M3aB38nW+ZQ3TXrSPJD1J7sMhO\nh67aG3VgnHX/uG0Ra/sOThWqI3bo0fDJkJOUdlk6lZsdRkSzmKF24BT7aUvfaOh+\nXDJoTtPN4jXxW83ddN2/UH4Pb/4KGumoeJoFHc5+HBZ4ejECQQD7GgLosbn7tjKU\nOFGq8ge1ftbvnbo4yLJxg0tlDrlUedhO4P3oekNsM5mGYequ5u5alnQ+oVKtE+d8\nXbyxXryXAkEA+X0WagD05Y6NjP82KdeyNQ76bAzCT7FpWdaoOdGdIihX2rBMWoQU\nNiQBIx0mg7kD0K+9WznEKIBgpesIgkNL5QJAOQ3Y+VxgoOPuLCV70Pa7b67JUZqq\nFHrtqMMnX2fwDlS9JHcU2jzlkvFKgfE/rMwF/olPEmf/bBoor+ZwmHCpMwJBAKo4\nCBTm9i+xJS6v6Zp+yd2djIov4ltRJhnfdQON2nG1qMtSQaX4O3n88rGsb9yrXMkD\nPmSBcy5W+Jn7U+DcXWkCQCZ0L+ntGglOkDBcgpzI2k8Dn5rWxqSofZzG1qhVFu9n\nsYIWyIlQ598Rr4xG2Lsv+MSRNMUyXHhGAQpNSq1ywkE=\n-----END RSA PRIVATE KEY-----\n';

// ok: vonage-private-key
const fromFile = new Vonage({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: './private.key' });

// ok: vonage-private-key
const fromEnv = new Vonage({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: fs.readFileSync(process.env.VONAGE_PRIVATE_KEY_PATH) });

// ok: vonage-private-key
const docsKey = '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----';

// ok: vonage-private-key
const wrappedKey = `-----BEGIN PRIVATE KEY-----\n${process.env.VONAGE_PRIVATE_KEY_BODY}\n-----END PRIVATE KEY-----\n`;

// ok: vonage-private-key
const PEM_HEADER = '-----BEGIN PRIVATE KEY-----';

// ok: vonage-private-key
const verifyKey = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE+Y9yzY3XQl0aCmM5HyGe8y+oLeKF
iTXbHbJmHuq39F1o4j4fIVZd5N6dvDdU7Xf+RJAR5ycV9XRyOdwuuH3UnQ==
-----END PUBLIC KEY-----`;

function looksLikeKey(text) {
  // ok: vonage-private-key
  return text.startsWith('-----BEGIN PRIVATE KEY-----') && text.includes('-----END PRIVATE KEY-----');
}
