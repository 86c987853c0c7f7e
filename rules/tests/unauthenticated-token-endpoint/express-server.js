// A small Express token server: which routes mint tokens without a login.
const express = require('express');
const OpenTok = require('opentok');
const passport = require('passport');
const { requireAuth } = require('./auth');

const app = express();
const opentok = new OpenTok(process.env.OT_API_KEY, process.env.OT_API_SECRET);
app.use(express.json());

// ok: unauthenticated-token-endpoint
app.get('/health', (req, res) => res.send('ok'));

// ruleid: unauthenticated-token-endpoint
app.post('/rooms/:id/token', (req, res) => {
  const token = opentok.generateToken(req.params.id, { role: 'publisher' });
  res.json({ token });
});

function mintFor(room) {
  return opentok.generateToken(room.sessionId);
}

// ruleid: unauthenticated-token-endpoint
app.get('/rooms/:id/join', async (req, res) => {
  const room = await rooms.find(req.params.id);
  res.json({ token: mintFor(room) });
});

// ok: unauthenticated-token-endpoint
app.post('/api/token', requireAuth, (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId) });
});

// ok: unauthenticated-token-endpoint
app.post('/api/session', passport.authenticate('jwt', { session: false }), (req, res) => {
  opentok.createSession({ mediaMode: 'routed' }, (err, s) => res.json(s));
});

// The handler checks the user itself and answers 401.
// ok: unauthenticated-token-endpoint
app.post('/api/guest-token', (req, res) => {
  if (!req.user) {
    return res.status(401).json({ error: 'sign in first' });
  }
  res.json({ token: opentok.generateToken(req.body.sessionId) });
});

// A named handler defined in this file.
function tokenHandler(req, res) {
  res.json({ token: opentok.generateToken(req.query.sessionId) });
}
// ruleid: unauthenticated-token-endpoint
app.get('/token', tokenHandler);

// A router whose every route sits behind authentication.
const api = express.Router();
api.use(passport.authenticate('jwt', { session: false }));
// ok: unauthenticated-token-endpoint
api.post('/token', (req, res) => res.json({ token: opentok.generateToken(req.body.sid) }));

// A router mounted behind authentication.
const members = express.Router();
// ok: unauthenticated-token-endpoint
members.post('/token', (req, res) => res.json({ token: opentok.generateToken(req.body.sid) }));
app.use('/members', requireAuth, members);

// A client request with the same verb is not a route.
// ok: unauthenticated-token-endpoint
axios.post('/api/token', { sessionId: 'x' }).then((r) => opentok.generateToken(r.data));

app.listen(3000);
