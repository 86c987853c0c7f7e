const express = require('express');
const { start, stop, isHost } = require('../lib/recording');

const router = express.Router();
// ok: unauthenticated-moderation-endpoint
router.post('/:sessionId/start', isHost, start);
// ok: unauthenticated-moderation-endpoint
router.post('/:archiveId/stop', isHost, stop);
module.exports = router;
