const express = require('express');
const tokens = require('../controllers/tokens');

const router = express.Router();
// ok: unauthenticated-token-endpoint
router.post('/token', tokens.create);
router.get('/health', (req, res) => res.send('ok'));
module.exports = router;
