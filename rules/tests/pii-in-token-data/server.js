const express = require('express');
const OpenTok = require('opentok');
const { requireUser } = require('./auth');
const db = require('./db');

const app = express();
app.use(express.json());
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

app.post('/rooms/:room/token', requireUser, async (req, res) => {
  const room = await db.rooms.find(req.params.room);
  const profile = { name: req.user.fullName, email: req.user.email };
  const token = opentok.generateToken(room.sessionId, {
    role: 'publisher',
    // ruleid: pii-in-token-data
    data: JSON.stringify(profile),
  });
  res.json({ token });
});

app.get('/guest-token', requireUser, (req, res) => {
  const token = opentok.generateToken(req.query.sessionId, {
    // ruleid: pii-in-token-data
    data: `name=${req.query.displayName}&phone=${req.query.phone}`,
  });
  res.json({ token });
});

app.post('/support/token', requireUser, (req, res) => {
  const data = 'email=' + req.user.email;
  // ruleid: pii-in-token-data
  res.json({ token: opentok.generateToken(req.body.sessionId, { data }) });
});

app.post('/rooms/:room/viewer-token', requireUser, async (req, res) => {
  const room = await db.rooms.find(req.params.room);
  const token = opentok.generateToken(room.sessionId, {
    role: 'subscriber',
    // ok: pii-in-token-data
    data: JSON.stringify({ userId: req.user.id, role: 'viewer', color: '#3a7' }),
  });
  res.json({ token });
});

app.post('/rooms/:room/bot-token', requireUser, async (req, res) => {
  const room = await db.rooms.find(req.params.room);
  // ok: pii-in-token-data
  const token = opentok.generateToken(room.sessionId, { data: `room=${room.roomName}&kind=recorder` });
  res.json({ token });
});

module.exports = app;
