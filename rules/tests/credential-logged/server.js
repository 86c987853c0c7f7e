const express = require('express');
const OpenTok = require('opentok');
const { requireUser } = require('./auth');
const { rooms } = require('./rooms');

const app = express();
const apiKey = process.env.OPENTOK_API_KEY;
const apiSecret = process.env.OPENTOK_API_SECRET;
// ruleid: credential-logged
console.log('starting with key', apiKey, 'and secret', apiSecret);
// ok: credential-logged
console.log('starting with key', apiKey);
const opentok = new OpenTok(apiKey, apiSecret);

app.post('/rooms/:room/token', requireUser, (req, res) => {
  const room = rooms.get(req.params.room);
  const token = opentok.generateToken(room.sessionId, { role: 'publisher' });
  // ruleid: credential-logged
  console.log(`token for ${req.user.id}: ${token}`);
  // ok: credential-logged
  console.log(`session ${room.sessionId} joined by ${req.user.id}`);
  // ok: credential-logged
  console.info('token issued, %d chars', token.length);
  const shown = token.slice(0, 6) + '...';
  // ok: credential-logged
  console.debug('token prefix', shown);
  // ok: credential-logged
  console.log('token: minted for session', room.sessionId);
  res.json({ apiKey, sessionId: room.sessionId, token });
});

app.post('/rooms/:room/reissue', requireUser, (req, res) => {
  const credentials = {
    apiKey,
    sessionId: rooms.get(req.params.room).sessionId,
    token: opentok.generateToken(rooms.get(req.params.room).sessionId),
  };
  // ruleid: credential-logged
  req.log.info({ credentials }, 'reissued');
  res.json(credentials);
});

app.listen(3000);
