const express = require('express');
const OpenTok = require('opentok');
const { requireUser } = require('./auth');

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const app = express();
const lobby = process.env.LOBBY_SESSION_ID;

// Minted once when the module loads, then handed to everyone.
const lobbyToken = opentok.generateToken(lobby, { role: 'subscriber' });

// Not reported yet in JavaScript (see the rule's pattern comment).
app.get('/lobby', requireUser, (req, res) => {
  res.json({ sessionId: lobby, token: lobbyToken });
});

app.get('/lobby/fresh', requireUser, (req, res) => {
  const token = opentok.generateToken(lobby, { role: 'subscriber', data: `id=${req.user.id}` });
  // ok: shared-client-token
  res.json({ sessionId: lobby, token });
});

const tokensByUser = new Map();

app.get('/lobby/mine', requireUser, (req, res) => {
  if (!tokensByUser.has(req.user.id)) {
    tokensByUser.set(req.user.id, opentok.generateToken(lobby));
  }
  // ok: shared-client-token
  res.json({ sessionId: lobby, token: tokensByUser.get(req.user.id) });
});
