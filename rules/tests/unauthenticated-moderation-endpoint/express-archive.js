// Archive and moderation routes of an Express server.
const express = require('express');
const app = express();

// ruleid: unauthenticated-moderation-endpoint
app.post('/archive/start', async (req, res) => {
  const archive = await opentok.startArchive(req.body.sessionId, { name: 'meeting' });
  res.json(archive);
});

// ruleid: unauthenticated-moderation-endpoint
app.post('/rooms/:id/kick', (req, res) => {
  opentok.forceDisconnect(req.body.sessionId, req.body.connectionId, () => res.end());
});

// Signed in, but any user may stop any archive: a note.
// ruleid: unauthenticated-moderation-endpoint
app.post('/archive/:id/stop', requireAuth, (req, res) => {
  opentok.stopArchive(req.params.id, () => res.end());
});

// ok: unauthenticated-moderation-endpoint
app.post('/broadcast/start', requireAuth, requireRole('host'), async (req, res) => {
  res.json(await vonage.video.startBroadcast(req.body.sessionId, req.body.outputs));
});

// ok: unauthenticated-moderation-endpoint
app.post('/rooms/:id/mute-all', requireAuth, async (req, res) => {
  const room = await rooms.find(req.params.id);
  if (room.hostId !== req.user.id) return res.status(403).end();
  await vonage.video.muteAll(room.sessionId);
  res.end();
});

// A webhook the platform calls, verified by its signature.
// ok: unauthenticated-moderation-endpoint
app.post('/webhooks/archive', (req, res) => {
  if (!verifySignature(req.headers.authorization, process.env.SIGNATURE_SECRET)) {
    return res.status(401).end();
  }
  opentok.stopArchive(req.body.id, () => res.end());
});

// ok: unauthenticated-moderation-endpoint
app.get('/archive/:id', requireAuth, (req, res) => res.json(archives.get(req.params.id)));
