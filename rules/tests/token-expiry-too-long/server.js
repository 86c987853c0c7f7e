const express = require('express');
const OpenTok = require('opentok');
const { Vonage } = require('@vonage/server-sdk');
const { requireUser } = require('./auth');

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const vonage = new Vonage({ applicationId: process.env.VONAGE_APP_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });

const ONE_WEEK = 7 * 24 * 60 * 60;
const TWO_HOURS = 2 * 60 * 60;

app.post('/rooms/:room/token', requireUser, (req, res) => {
  const token = opentok.generateToken(req.room.sessionId, {
    role: 'publisher',
    // ruleid: token-expiry-too-long
    expireTime: Math.round(new Date().getTime() / 1000) + 2592000,
  });
  res.json({ token });
});

app.post('/rooms/:room/host-token', requireUser, (req, res) => {
  const expireTime = Date.now() / 1000 + ONE_WEEK;
  // ruleid: token-expiry-too-long
  res.json({ token: opentok.generateToken(req.room.sessionId, { role: 'moderator', expireTime }) });
});

app.post('/v2/rooms/:room/token', requireUser, (req, res) => {
  const token = vonage.video.generateClientToken(req.room.sessionId, {
    // ruleid: token-expiry-too-long
    expireTime: Math.floor((Date.now() + 3 * 24 * 3600 * 1000) / 1000),
  });
  res.json({ token });
});

app.post('/rooms/:room/short-token', requireUser, (req, res) => {
  const token = opentok.generateToken(req.room.sessionId, {
    // ok: token-expiry-too-long
    expireTime: Math.floor(Date.now() / 1000) + TWO_HOURS,
  });
  res.json({ token });
});

app.post('/rooms/:room/day-token', requireUser, (req, res) => {
  // ok: token-expiry-too-long
  res.json({ token: opentok.generateToken(req.room.sessionId, { expireTime: Date.now() / 1000 + 86400 }) });
});

app.post('/rooms/:room/custom', requireUser, (req, res) => {
  // ok: token-expiry-too-long
  res.json({ token: opentok.generateToken(req.room.sessionId, { expireTime: req.body.expiresAt }) });
});
