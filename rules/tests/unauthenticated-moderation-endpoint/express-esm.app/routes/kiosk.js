import express from 'express';
import { startRecording } from '../lib/recording.js';

const router = express.Router();
// ruleid: unauthenticated-moderation-endpoint
router.post('/:sessionId/start', startRecording);
export default router;
