// App-wide middleware counts for the routes registered after it.
const express = require('express');
const { expressjwt } = require('express-jwt');
const app = express();

// ok: unauthenticated-token-endpoint
app.get('/health', (req, res) => res.send('ok'));
// ruleid: unauthenticated-token-endpoint
app.post('/public/token', (req, res) => res.json({ token: opentok.generateToken(req.body.sid) }));

app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));

// ok: unauthenticated-token-endpoint
app.post('/token', (req, res) => res.json({ token: opentok.generateToken(req.body.sid) }));
