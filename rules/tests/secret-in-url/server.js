const express = require('express');
const OpenTok = require('opentok');
const { requireUser } = require('./auth');
const { rooms } = require('./rooms');

const app = express();
const apiKey = process.env.OPENTOK_API_KEY;
const apiSecret = process.env.OPENTOK_API_SECRET;
const opentok = new OpenTok(apiKey, apiSecret);

app.get('/join', (req, res) => {
  // ruleid: secret-in-url
  const token = req.query.token;
  // ok: secret-in-url
  const sessionId = req.query.sessionId;
  res.render('call', { apiKey, sessionId, token });
});

app.get('/embed', (req, res) => {
  // ruleid: secret-in-url
  const { room, token } = req.query;
  res.render('embed', { room, token });
});

app.post('/rooms/:room/invite', requireUser, (req, res) => {
  const room = rooms.get(req.params.room);
  const token = opentok.generateToken(room.sessionId);
  // ruleid: secret-in-url
  const link = `https://meet.example.com/join?session=${room.sessionId}&token=${token}`;
  // ok: secret-in-url
  const safeLink = `https://meet.example.com/join?sessionId=${room.sessionId}`;
  res.json({ link, safeLink });
});

app.post('/token', requireUser, (req, res) => {
  // ok: secret-in-url
  const room = rooms.get(req.body.room);
  // ok: secret-in-url
  res.json({ token: opentok.generateToken(room.sessionId) });
});

async function listArchives() {
  // ruleid: secret-in-url
  const url = 'https://api.example.com/v2/project/' + apiKey + '/archive?api_secret=' + apiSecret;
  return fetch(url);
}

// ok: secret-in-url
const docsExample = 'https://meet.example.com/join?token=YOUR_TOKEN';

module.exports = { app, listArchives, docsExample };
