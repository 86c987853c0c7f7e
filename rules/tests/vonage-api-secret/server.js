// Token server for the video clinic: Express + the opentok Node SDK.
const express = require('express');
const OpenTok = require('opentok');
const { Vonage } = require('@vonage/server-sdk');

const app = express();

// ruleid: vonage-api-secret
const opentok = new OpenTok('45828062', '35a1b1ae5ee124f073b36ae957e705320df37208');

// ruleid: vonage-api-secret
const OPENTOK_API_SECRET = 'd18526dbf13d45c7f0e2ff92566d3d69862c12cf';

const config = {
  opentok: {
    apiKey: '45828062',
    // ruleid: vonage-api-secret
    apiSecret: 'EB95A8FEF257BC678FD0DE7A996F58F18577C514',
  },
};

// ruleid: vonage-api-secret
const vonage = new Vonage({ apiKey: '3f9c1a7e', apiSecret: 'RraM7tK7ep5bNrAf' });

const restHeaders = {
  'Content-Type': 'application/json',
  // ruleid: vonage-api-secret
  'X-TB-PARTNER-AUTH': '45828062:992cbec8ad5dcbb9a03e2d7f15041f706d1041c4',
};

function legacyArchiveList(xhr) {
  xhr.open('GET', 'https://api.opentok.com/v2/project/45828062/archive');
  // ruleid: vonage-api-secret
  xhr.setRequestHeader('X-TB-PARTNER-AUTH', '45828062:6cfa2319c43ea0262b42837f6fc2858e9717c2b6');
}

// ok: vonage-api-secret
const liveOpentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

// ok: vonage-api-secret
let apiSecret = '';

// ok: vonage-api-secret
const fallbackSecret = 'YOUR_API_SECRET';

// ok: vonage-api-secret
const docsSecret = '0123456789abcdef0123456789abcdef01234567';

// ok: vonage-api-secret
const deployedCommitSha = '880e860c9321467db94d85b9bee8171a802de2a1';

const buildInfo = {
  // ok: vonage-api-secret
  commit: 'cbc1d7a2bf2f394777caa88b30d0cba186112728',
  // ok: vonage-api-secret
  secretHash: '45cf469fe7e24be007b8bd4b2ecd2f53f6455acb',
};

// ok: vonage-api-secret
const recordingBucketId = '6ee98382a94e47693371833ae9904d7deb186798';

// ok: vonage-api-secret
const GITHUB_CLIENT_SECRET = '0c0b6596f6dde0fc6ac8a85a3c6bf48a2827db34';

// ok: vonage-api-secret
const region = 'us-east'; // was: apiSecret = '032c9341e8352cae0b1434bd6d908e5269387972'

// ok: vonage-api-secret
const envSecret = `${process.env.OPENTOK_API_SECRET}`;

// ok: vonage-api-secret
const SESSION_SECRET = 'a5a5bb04a959498357c57704e7ba0b9c1d61ccc9';

// ok: vonage-api-secret
const vonageFromEnv = new Vonage({ apiKey: process.env.VONAGE_API_KEY, apiSecret: process.env.VONAGE_API_SECRET });

app.get('/token', (req, res) => {
  // ok: vonage-api-secret
  res.json({ apiKey: '45828062', token: opentok.generateToken(req.query.sessionId) });
});
