const express = require('express');
const recording = require('../lib/recording');

const router = express.Router();
// ruleid: unauthenticated-moderation-endpoint
router.post('/:archiveId/stop', recording.stop);
module.exports = router;
