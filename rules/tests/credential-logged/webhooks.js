const crypto = require('crypto');
const express = require('express');
const { encrypt } = require('./vault');

const app = express();
const signingSecret = process.env.WEBHOOK_SIGNING_SECRET;

app.post('/webhooks/archive', express.raw({ type: '*/*' }), (req, res) => {
  const expected = crypto.createHmac('sha256', signingSecret).update(req.body).digest('hex');
  // ok: credential-logged
  console.log(`expected signature ${expected}`);
  // ok: credential-logged
  console.debug('sealed token', encrypt(req.get('x-client-token')));
  const clientToken = req.get('x-client-token');
  // ok: credential-logged
  console.info('token chars', String(clientToken.length));
  // ruleid: credential-logged
  console.info('client token', JSON.stringify({ clientToken }));
  // ruleid: credential-logged
  console.warn(util.format('secret=%s', signingSecret));
  // ruleid: credential-logged
  console.warn(new Error(`rejected token ${clientToken}`));
  res.sendStatus(204);
});
