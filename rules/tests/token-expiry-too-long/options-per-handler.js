// Two handlers, each with its own `opts`: each call reads its own
// function's assignment, never the other handler's.
const express = require('express');
const OpenTok = require('opentok');
const { requireUser } = require('./auth');

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

function recordingToken(sessionId) {
  const opts = { role: 'subscriber' };
  // ruleid: token-expiry-too-long
  opts.expireTime = Math.floor(Date.now() / 1000) + 2 * 24 * 3600;
  return opentok.generateToken(sessionId, opts);
}

function callToken(sessionId) {
  const opts = { role: 'publisher' };
  // ruleid: token-expiry-too-long
  opts.expireTime = Math.floor(Date.now() / 1000) + 3 * 24 * 3600;
  return opentok.generateToken(sessionId, opts);
}

function shortToken(sessionId) {
  const opts = { role: 'publisher' };
  // ok: token-expiry-too-long
  opts.expireTime = Math.floor(Date.now() / 1000) + 3600;
  return opentok.generateToken(sessionId, opts);
}

app.post('/rooms/:room/tokens', requireUser, (req, res) => {
  res.json({
    recording: recordingToken(req.room.sessionId),
    call: callToken(req.room.sessionId),
    short: shortToken(req.room.sessionId),
  });
});
