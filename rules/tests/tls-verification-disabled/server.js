// Express token server for a Vonage Video app.
const express = require('express');
const https = require('https');
const tls = require('tls');
const axios = require('axios');
const request = require('request');
const OpenTok = require('opentok');

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

// ruleid: tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

// ok: tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';

// ok: tls-verification-disabled
const tlsCheckOff = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';

// ruleid: tls-verification-disabled
const insecureAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

// ok: tls-verification-disabled
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: true });

// ok: tls-verification-disabled
const corpAgent = new https.Agent({ ca: process.env.CORP_CA_PEM }); // was: rejectUnauthorized: false

async function startArchive(sessionId, jwt) {
  const url = `https://api.opentok.com/v2/project/${process.env.OPENTOK_API_KEY}/archive`;
  return axios.post(url, { sessionId }, {
    headers: { 'X-OPENTOK-AUTH': jwt },
    // ruleid: tls-verification-disabled
    httpsAgent: new https.Agent({ rejectUnauthorized: false }),
  });
}

function connectToSipGateway(host) {
  // ruleid: tls-verification-disabled
  return tls.connect(5061, host, { servername: host, rejectUnauthorized: false });
}

function createSession(jwt, onSession) {
  // ruleid: tls-verification-disabled
  request.post({ url: 'https://api.opentok.com/session/create', strictSSL: false, headers: { 'X-OPENTOK-AUTH': jwt } }, onSession);
  // ok: tls-verification-disabled
  request.post({ url: 'https://api.opentok.com/session/create', strictSSL: true, headers: { 'X-OPENTOK-AUTH': jwt } }, onSession);
}

const sloppyTlsOptions = {
  host: 'api.opentok.com',
  port: 443,
  // ruleid: tls-verification-disabled
  checkServerIdentity: () => undefined,
};

const pinnedTlsOptions = {
  host: 'api.opentok.com',
  port: 443,
  // ok: tls-verification-disabled
  checkServerIdentity: (host, cert) => {
    const err = tls.checkServerIdentity(host, cert);
    if (err) return err;
    return pinCheck(cert);
  },
};

const legacyOptions = {
  // ruleid: tls-verification-disabled
  checkServerIdentity: function () { return undefined; },
};

// ok: tls-verification-disabled
console.warn('Refusing to start with rejectUnauthorized: false or NODE_TLS_REJECT_UNAUTHORIZED=0');

const app = express();
app.get('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.query.sessionId) });
});
app.listen(3000);
