const express = require('express');
const OpenTok = require('opentok');
const { requireUser } = require('./auth');

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

app.get('/rooms/:room/token', requireUser, async (req, res) => {
  const room = await req.db.rooms.find(req.params.room);
  // ruleid: moderator-role-for-all
  const token = opentok.generateToken(room.sessionId, { role: 'moderator', data: `uid=${req.user.id}` });
  res.json({ token });
});

app.get('/rooms/:room/host-token', requireUser, async (req, res) => {
  const room = await req.db.rooms.find(req.params.room);
  if (room.hostId === req.user.id) {
    // ok: moderator-role-for-all
    return res.json({ token: opentok.generateToken(room.sessionId, { role: 'moderator' }) });
  }
  res.json({ token: opentok.generateToken(room.sessionId, { role: 'subscriber' }) });
});

app.get('/rooms/:room/join', requireUser, async (req, res) => {
  const room = await req.db.rooms.find(req.params.room);
  const role = req.user.isHost ? 'moderator' : 'publisher';
  // ok: moderator-role-for-all
  res.json({ token: opentok.generateToken(room.sessionId, { role }) });
});

app.get('/rooms/:room/admin-token', requireUser, async (req, res) => {
  if (!req.user.isAdmin) return res.status(403).end();
  const room = await req.db.rooms.find(req.params.room);
  // ok: moderator-role-for-all
  res.json({ token: opentok.generateToken(room.sessionId, { role: 'moderator' }) });
});
