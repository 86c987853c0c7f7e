import express from 'express';
import { create, session } from '../controllers/tokens';

const router = express.Router();
// ruleid: unauthenticated-token-endpoint
router.post('/token', create);
// ruleid: unauthenticated-token-endpoint
router.post('/session', session);
// ok: unauthenticated-token-endpoint
router.get('/ping', ping);
export default router;
