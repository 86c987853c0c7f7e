import { Router } from 'express';
import { startRecording } from '../lib/recording.js';
import stop from '../lib/stop.js';
import { requireRole } from '../lib/auth.js';

const router = Router();
// Signed in, but every participant may record: the role note.
// ruleid: unauthenticated-moderation-endpoint
router.post('/:sessionId/start', startRecording);
// ruleid: unauthenticated-moderation-endpoint
router.post('/:archiveId/stop', stop);
// ok: unauthenticated-moderation-endpoint
router.post('/:archiveId/host-stop', requireRole('host'), stop);
// ok: unauthenticated-moderation-endpoint
router.get('/health', (req, res) => res.send('ok'));
export default router;
