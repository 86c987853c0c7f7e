// Tokens whose expiry is written as a date rather than "now + N".
const express = require('express');
const OpenTok = require('opentok');
const { requireUser } = require('./auth');

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

// The end of the pilot, hard-coded: every token outlives every meeting.
const PILOT_END = new Date('2099-06-30T00:00:00Z').getTime() / 1000;

app.post('/rooms/:room/token', requireUser, (req, res) => {
  const token = opentok.generateToken(req.room.sessionId, {
    role: 'publisher',
    // ruleid: token-expiry-too-long
    expireTime: 4102444800,
  });
  res.json({ token });
});

app.post('/rooms/:room/pilot-token', requireUser, (req, res) => {
  // ruleid: token-expiry-too-long
  res.json({ token: opentok.generateToken(req.room.sessionId, { expireTime: PILOT_END }) });
});

app.post('/rooms/:room/short-token', requireUser, (req, res) => {
  const now = Math.floor(Date.now() / 1000);
  // ok: token-expiry-too-long
  res.json({ token: opentok.generateToken(req.room.sessionId, { expireTime: now + 3600 }) });
});

app.post('/rooms/:room/meeting-token', requireUser, (req, res) => {
  // ok: token-expiry-too-long
  const token = opentok.generateToken(req.room.sessionId, { expireTime: Math.floor(Date.now() / 1000) + 2 * 60 * 60 });
  res.json({ token });
});
