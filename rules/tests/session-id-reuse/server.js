const express = require('express');
const OpenTok = require('opentok');
const { requireUser } = require('./auth');

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

// One session for the whole process, created at start-up.
let lobbySessionId;
opentok.createSession({ mediaMode: 'routed' }, (err, session) => {
  if (err) throw err;
  lobbySessionId = session.sessionId;
});

app.get('/lobby/token', requireUser, (req, res) => {
  // ruleid: session-id-reuse
  res.json({ token: opentok.generateToken(lobbySessionId, { role: 'publisher' }) });
});

app.get('/town-hall/token', requireUser, (req, res) => {
  // ruleid: session-id-reuse
  const token = opentok.generateToken(app.get('townHallSession'), { role: 'subscriber' });
  res.json({ token });
});

app.get('/support/token', requireUser, (req, res) => {
  const sessionId = process.env.SUPPORT_SESSION_ID;
  // ruleid: session-id-reuse
  res.json({ token: opentok.generateToken(sessionId) });
});

// Per-meeting sessions, kept in a map keyed by the room.
const sessionsByRoom = new Map();

app.post('/rooms/:room/token', requireUser, async (req, res) => {
  let sessionId = sessionsByRoom.get(req.params.room);
  if (!sessionId) {
    const session = await new Promise((resolve, reject) =>
      opentok.createSession({ mediaMode: 'routed' }, (e, s) => (e ? reject(e) : resolve(s))));
    sessionId = session.sessionId;
    sessionsByRoom.set(req.params.room, sessionId);
  }
  // ok: session-id-reuse
  res.json({ token: opentok.generateToken(sessionId, { role: 'publisher' }) });
});

const rooms = {};

app.post('/classes/:id/token', requireUser, (req, res) => {
  // ok: session-id-reuse
  res.json({ token: opentok.generateToken(rooms[req.params.id].sessionId) });
});

app.post('/calls/token', requireUser, (req, res) => {
  // ok: session-id-reuse
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: 'publisher' }) });
});

app.listen(3000, () => {
  opentok.createSession({}, (err, session) => {
    if (err) throw err;
    app.set('townHallSession', session.sessionId);
  });
});
