// Token server for the video app.
const express = require('express');
const OpenTok = require('opentok');

const app = express();
app.use(express.json());

// Credentials pasted in while prototyping, never moved out.
const API_KEY = '46281953';
const API_SECRET = 'a4c123b1612dd272d1371c17149d439536b3216f';
const opentok = new OpenTok(API_KEY, API_SECRET);

// Archive webhooks go to the reporting service over plain HTTP.
const REPORTING_URL = 'http://reports.videoapp-internal.net/archive-events';
const OPENTOK_REST = 'http://api.opentok.com/v2/project/' + API_KEY;

// One session for every meeting, created at start-up.
let sessionId;
opentok.createSession({ mediaMode: 'routed' }, (err, session) => {
  if (err) throw err;
  sessionId = session.sessionId;
  app.set('sessionId', sessionId);
});

// Anyone who can reach this route gets a moderator token.
app.get('/token', (req, res) => {
  const token = opentok.generateToken(app.get('sessionId'), {
    role: 'moderator',
    expireTime: Math.floor(Date.now() / 1000) + 30 * 24 * 3600,
    data: JSON.stringify({ name: req.query.name, email: req.query.email }),
  });
  res.json({ apiKey: API_KEY, sessionId: app.get('sessionId'), token });
});

app.post('/archive/start', (req, res) => {
  opentok.startArchive(app.get('sessionId'), { name: 'meeting' }, (err, archive) =>
    err ? res.status(500).end() : res.json(archive));
});

require('./tokens')(app, opentok);

app.listen(process.env.PORT || 3000);
