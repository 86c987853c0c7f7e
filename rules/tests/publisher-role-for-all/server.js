const express = require('express');
const OpenTok = require('opentok');
const { requireUser } = require('./auth');

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

app.get('/webinars/:id/token', requireUser, async (req, res) => {
  const webinar = await req.db.webinars.find(req.params.id);
  // ruleid: publisher-role-for-all
  res.json({ token: opentok.generateToken(webinar.sessionId, { role: 'publisher' }) });
});

app.get('/webinars/:id/join', requireUser, async (req, res) => {
  const webinar = await req.db.webinars.find(req.params.id);
  const role = webinar.presenters.includes(req.user.id) ? 'publisher' : 'subscriber';
  // ok: publisher-role-for-all
  res.json({ token: opentok.generateToken(webinar.sessionId, { role }) });
});

app.get('/webinars/:id/watch', requireUser, async (req, res) => {
  const webinar = await req.db.webinars.find(req.params.id);
  // ok: publisher-role-for-all
  res.json({ token: opentok.generateToken(webinar.sessionId, { role: 'subscriber' }) });
});

// A network test before the call: a throw-away session for this caller only.
app.get('/precall', requireUser, (req, res) => {
  opentok.createSession({ mediaMode: 'routed' }, (err, testSession) => {
    if (err) return res.sendStatus(500);
    // ok: publisher-role-for-all
    const token = opentok.generateToken(testSession.sessionId, { role: 'publisher' });
    return res.json({ sessionId: testSession.sessionId, token });
  });
});
