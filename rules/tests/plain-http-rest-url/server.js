// Token server and archive controls (Express + raw REST calls).
const express = require('express');
const axios = require('axios');

// ruleid: plain-http-rest-url
const OPENTOK_API = 'http://api.opentok.com';
// ok: plain-http-rest-url
const OPENTOK_API_TLS = 'https://api.opentok.com';
// ok: plain-http-rest-url
const DEV_SERVER = process.env.TOKEN_SERVER_URL || 'http://localhost:3000';

const app = express();

// Redirect plain HTTP to HTTPS behind the load balancer.
app.use((req, res, next) => {
  if (req.headers['x-forwarded-proto'] === 'http') {
    // ok: plain-http-rest-url
    return res.redirect(301, 'https://' + req.headers.host + req.url);
  }
  // ok: plain-http-rest-url
  if (req.originalUrl.startsWith('http://')) return res.sendStatus(400);
  next();
});

async function startArchive(sessionId, jwt) {
  // ruleid: plain-http-rest-url
  return axios.post('http://api.opentok.com/v2/project/45828062/archive', { sessionId }, {
    headers: { 'X-OPENTOK-AUTH': jwt },
  });
}

async function notifyCrm(meeting) {
  // ruleid: plain-http-rest-url
  await axios.post(`http://crm.acme-corp.io/api/meetings/${meeting.id}`, meeting);
}

const endpoints = {
  // ruleid: plain-http-rest-url
  vonage: 'http://video.api.vonage.com/v2/project',
  // ruleid: plain-http-rest-url
  sms: 'http://rest.nexmo.com/sms/json',
  // ok: plain-http-rest-url
  docs: 'https://developer.vonage.com/en/video/overview',
  // ok: plain-http-rest-url
  mock: 'http://api.example.com/v2/project',
};

// ok: plain-http-rest-url
const proxyHost = 'http://' + process.env.PROXY_HOST; // http://proxy.acme-corp.io
// ok: plain-http-rest-url
const callback = `http://${process.env.CALLBACK_HOST}/events`;

app.listen(process.env.PORT || 3000);
