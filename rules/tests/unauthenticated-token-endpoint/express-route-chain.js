// app.route('/path') chains the verbs of one path.
const express = require('express');
const OpenTok = require('opentok');
const { requireAuth } = require('./auth');

const app = express();
const opentok = new OpenTok(process.env.OT_API_KEY, process.env.OT_API_SECRET);

app.route('/rooms/:id/token')
  // ruleid: unauthenticated-token-endpoint
  .post((req, res) => {
    res.json({ token: opentok.generateToken(req.params.id) });
  })
  // ok: unauthenticated-token-endpoint
  .get((req, res) => res.json({ room: req.params.id }));

app.route('/meetings/:id/token')
  // ok: unauthenticated-token-endpoint
  .post(requireAuth, (req, res) => {
    res.json({ token: opentok.generateToken(req.params.id) });
  });
