// Meeting routes, mounted by server.js under /api.
const express = require('express');
const OpenTok = require('opentok');
const { requireAuth } = require('./auth');

const router = express.Router();
const opentok = new OpenTok(process.env.OT_API_KEY, process.env.OT_API_SECRET);

function tokenFor(meeting, role) {
  return opentok.generateToken(meeting.sessionId, { role, expireTime: nowPlus(3600) });
}

// Added for a demo and never closed: any visitor gets a token for any meeting.
router.get('/meetings/:id/guest-token', async (req, res) => {
  const meeting = await meetings.find(req.params.id);
  res.json({ token: tokenFor(meeting, 'subscriber') });
});

// Anyone can stop a recording.
router.post('/meetings/:id/archive/stop', (req, res) => {
  opentok.stopArchive(req.body.archiveId, (err) => res.status(err ? 500 : 204).end());
});

// Done right: a signed-in member of the meeting gets a publisher token.
router.post('/meetings/:id/token', requireAuth, async (req, res) => {
  const meeting = await meetings.find(req.params.id);
  if (!meeting.members.includes(req.user.id)) return res.status(403).end();
  res.json({ token: tokenFor(meeting, 'publisher') });
});

module.exports = router;
